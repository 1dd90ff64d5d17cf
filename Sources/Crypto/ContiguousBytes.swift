/// Runs `body` over the bytes of any collection, copying only when they are not contiguous.
///
/// libcrypto takes a pointer and a length; arrays, slices and `String.UTF8View` usually offer
/// their storage directly, other collections are copied once into an array.
func withContiguousBytes<Bytes: Collection<UInt8>, Result>(
    _ bytes: Bytes,
    _ body: (UnsafeBufferPointer<UInt8>) -> Result
) -> Result {
    if let result = bytes.withContiguousStorageIfAvailable(body) { return result }
    return Array(bytes).withUnsafeBufferPointer(body)
}
