// The system's OpenSSL 3 libcrypto (libssl-dev). Only Sources/Crypto imports this module (and the
// Crypto tests, which sign tokens with it); every primitive we use is libcrypto's, never our own.
#ifndef CLIENTELA_CCRYPTO_SHIM_H
#define CLIENTELA_CCRYPTO_SHIM_H

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/decoder.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>

/// `EVP_PKEY_PUBLIC_KEY` is a macro built with `|`, which Swift does not import: the selection
/// a decoder needs to read a public key (its parameters and its public part).
static inline int clientela_evp_pkey_public_key_selection(void) {
    return EVP_PKEY_PUBLIC_KEY;
}

#endif
