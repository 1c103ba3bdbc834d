/**
 * The users of {@code fundtrace serve}: a file of names, roles and salted PBKDF2 password hashes that
 * only its owner may read, and the {@code users add}, {@code users list} and {@code users disable}
 * commands that keep it.
 */
package io.fundtrace.cli.users;
