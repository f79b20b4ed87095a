# The one thing the conformance harness adds to MicroPython's WebAssembly (pyscript) port:
# a blocking asyncio.run(), which that port lacks because its loop normally runs on JS timers.
#
# It is executed in __main__ before main.py, defines everything inside one function and
# deletes that function again, so main.py starts with the same globals as on a board.
# It steps the port's own scheduler (asyncio.core._run_iter), so every task switch, wake-up
# order and exception report is the port's code, not the harness's.


def _jmpy_install_asyncio_run(budget_ms):
    import asyncio
    import asyncio.core as core
    from time import ticks_ms, ticks_diff
    import time
    import _jmpy_host  # registered by run-micropython.mjs: block_ms(ms) waits, or moves a virtual clock

    class MainTaskFinished(BaseException):
        # Not an Exception, so _run_iter does not catch it: it leaves the loop at once,
        # right after the main task's last step, as run_until_complete does on a board.
        pass

    class MainCoro:
        # Forwards the scheduler's send/throw to the program's coroutine and notices its end.
        def __init__(self, coro):
            self.coro = coro
            self.outcome = None

        def send(self, value):
            try:
                return self.coro.send(value)
            except BaseException as outcome:
                self.finish(outcome)

        def throw(self, exc):
            try:
                return self.coro.throw(exc)
            except BaseException as outcome:
                self.finish(outcome)

        def finish(self, outcome):
            if not isinstance(outcome, (StopIteration, CancelledError, Exception)):
                raise outcome  # KeyboardInterrupt, SystemExit: escape run() as on a board
            self.outcome = outcome
            raise MainTaskFinished

    CancelledError = core.CancelledError

    def finish_main_task(task, outcome):
        # What a board's run_until_complete does with the main task once it has ended.
        core.cur_task = core._top_level_task  # the port's "no task running" value
        if isinstance(outcome, StopIteration):
            waiters = task.state
            if waiters is not True and waiters:
                while waiters.peek():
                    core._task_queue.push(waiters.pop())
            task.state = False
            task.data = outcome
            return outcome.value
        task.state = False
        task.data = outcome
        raise outcome

    def run(coro):
        if not hasattr(coro, "send"):
            raise TypeError("coroutine expected")
        main = MainCoro(coro)
        task = core.create_task(main)
        started = ticks_ms()
        while True:
            try:
                core._run_iter()
            except MainTaskFinished:
                return finish_main_task(task, main.outcome)
            head = core._task_queue.peek()
            # A simulated board (hardware programs) has outside events that wake the loop: the
            # wait for the next deadline stops at the board's next event instead.
            board_wait = getattr(core, "_jmpy_wait", None)
            if head is None:
                if board_wait is not None and board_wait(None):
                    continue
                # A board (v1.26+) would poll forever here; a test must not hang.
                raise RuntimeError(
                    "[jmpy harness] the main task waits, but no task is scheduled: a board would hang"
                )
            wait_ms = ticks_diff(head.ph_key, ticks_ms())
            if ticks_diff(ticks_ms(), started) + wait_ms > budget_ms:
                raise RuntimeError(
                    "[jmpy harness] asyncio.run exceeded its time budget of %d ms" % budget_ms
                )
            if wait_ms > 0:
                if board_wait is not None:
                    board_wait(wait_ms)
                else:
                    _jmpy_host.block_ms(wait_ms)

    def no_js_timer(dt):
        # The port would schedule _run_iter on a JS timer; run() steps it instead, and no timer
        # may fire after main.py has finished (tasks left over must stay asleep, as on a board).
        pass

    def current_task():
        # Outside the loop the port returns its top-level task; a board (v1.23+) raises.
        if core.cur_task is None or core.cur_task is core._top_level_task:
            raise RuntimeError("no running event loop")
        return core.cur_task

    if _jmpy_host.virtual:
        # The port's blocking sleeps spin on ticks, which stand still in virtual time: they move
        # the clock by their argument instead, as the JVM's virtual time does for a blocking sleep.
        block_ms = _jmpy_host.block_ms

        def sleep_ms(ms):
            block_ms(max(0, ms))

        def sleep_us(us):
            block_ms(max(0, us) / 1000)

        def sleep(seconds):
            block_ms(max(0, seconds) * 1000)

        time.sleep_ms = sleep_ms
        time.sleep_us = sleep_us
        time.sleep = sleep

    core._schedule_run_iter = no_js_timer
    core.new_event_loop()  # the first queue was built with the JS-timer push callback
    asyncio.run = run
    core.run = run
    asyncio.current_task = current_task
    core.current_task = current_task
