/**
 * The application: wires the modules into one WAR for Open Liberty — the REST application under
 * {@code /api}, the error answers every endpoint shares, the health checks, the clock, and the
 * Faces pages. Holds no business rules of its own.
 */
package vn.chidao.app;
