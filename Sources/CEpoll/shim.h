// Linux's event interfaces, which Swift's Glibc module does not bring in: epoll for the event
// loops, eventfd to wake them, accept4. Header-only: both are in libc, nothing to link.
#ifndef CEPOLL_SHIM_H
#define CEPOLL_SHIM_H

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>

// accept4 is declared only under _GNU_SOURCE, which the Glibc module is built without.
extern int accept4(int fd, struct sockaddr *address, socklen_t *length, int flags);

#endif
