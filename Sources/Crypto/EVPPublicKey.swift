internal import CCrypto

/// The single owner of a libcrypto `EVP_PKEY` holding a public key; frees it on deinit.
///
/// Never mutated after `init` (no parameter is set on the key itself; padding is set on each
/// verification's own context), and libcrypto allows an unmodified `EVP_PKEY` to be used for
/// verification from several threads at once: that is the invariant behind `@unchecked Sendable`.
final class EVPPublicKey: @unchecked Sendable {
    let pointer: OpaquePointer

    /// Takes ownership of `pointer`, which the caller must not free.
    init(taking pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        EVP_PKEY_free(pointer)
    }

    /// The key's size in bits (the RSA modulus length).
    var bits: Int { Int(EVP_PKEY_get_bits(pointer)) }

    /// Whether the key is of libcrypto's key type `name` ("RSA" excludes RSA-PSS keys).
    func isA(_ name: String) -> Bool {
        EVP_PKEY_is_a(pointer, name) == 1
    }
}
