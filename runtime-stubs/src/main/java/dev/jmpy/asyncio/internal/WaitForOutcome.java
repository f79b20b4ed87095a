package dev.jmpy.asyncio.internal;

/**
 * What {@code wait_for}'s helper task leaves in the waiting task's {@code data} when the awaited
 * coroutine finished first: MicroPython's {@code CancelledError(status, result)}. Only the sleep
 * inside {@code waitFor} reads it; any other suspension point receives a plain CancelledError, as
 * it would on the board.
 *
 * @param error the coroutine's exception, or null when it returned {@code value}
 */
record WaitForOutcome(Object value, Throwable error) {}
