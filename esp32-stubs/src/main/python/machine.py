# machine for the simulated ESP32 (see _board.py): the classes and functions of the ESP32 port's
# machine module (MicroPython v1.27), over the board the scenario describes.

import io
import _board
from _board import board, BoardReset

PWRON_RESET = 1
HARD_RESET = 2
WDT_RESET = 3
DEEPSLEEP_RESET = 4
SOFT_RESET = 5
PIN_WAKE = 2
EXT0_WAKE = 2
EXT1_WAKE = 3
TIMER_WAKE = 4
TOUCHPAD_WAKE = 5
ULP_WAKE = 6
SLEEP = 2
DEEPSLEEP = 4



def _fill(buf, data):
    view = memoryview(buf)
    for i in range(len(data)):
        view[i] = data[i]


def _id(pin):
    if isinstance(pin, Pin):
        return pin._id
    if isinstance(pin, int):
        board.pad(pin)
        return pin
    raise ValueError("invalid pin")


class Pin:
    IN = 1
    OUT = 3
    OPEN_DRAIN = 7
    PULL_UP = 2
    PULL_DOWN = 1
    IRQ_RISING = 1
    IRQ_FALLING = 2
    WAKE_LOW = 4
    WAKE_HIGH = 5
    DRIVE_0 = 0
    DRIVE_1 = 1
    DRIVE_2 = 2
    DRIVE_3 = 3

    def __init__(self, id, mode=-2, pull=-2, *, value=None):
        board.pad(id)
        self._id = id
        if mode != -2 or pull != -2 or value is not None:
            self.init(mode, pull, value=value)

    def init(self, mode=-2, pull=-2, *, value=None):
        board.configure(self._id, -2 if mode is None else mode,
                        -1 if pull is None else pull, -1 if value is None else (1 if value else 0))

    def value(self, *v):
        if v:
            board.write(self._id, v[0])
        else:
            return board.read(self._id)

    def __call__(self, *v):
        return self.value(*v)

    def on(self):
        board.write(self._id, 1)

    def off(self):
        board.write(self._id, 0)

    def toggle(self):
        board.toggle(self._id)

    def irq(self, handler=None, trigger=3, wake=None):
        board.irq(self._id, None if handler is None else (lambda: handler(self)), trigger)

    def __repr__(self):
        return "Pin(%d)" % self._id


class Signal:
    def __init__(self, pin, *, invert=False):
        self._pin = pin
        self._invert = 1 if invert else 0

    def value(self, *v):
        if v:
            self._pin.value((1 if v[0] else 0) ^ self._invert)
        else:
            return self._pin.value() ^ self._invert

    def on(self):
        self.value(1)

    def off(self):
        self.value(0)


class ADC:
    ATTN_0DB = 0
    ATTN_2_5DB = 1
    ATTN_6DB = 2
    ATTN_11DB = 3

    def __init__(self, pin, *, atten=-1):
        self._pin = _id(pin)
        p = self._pin
        if not ((32 <= p <= 39) or p in (0, 2, 4) or (12 <= p <= 15) or (25 <= p <= 27)):
            raise ValueError("invalid pin")
        self._atten = 3
        self._width = 12
        if atten != -1:
            self.atten(atten)

    def atten(self, a):
        if a < 0 or a > 3:
            raise ValueError("invalid attenuation")
        self._atten = a

    def width(self, bits):
        if bits < 9 or bits > 12:
            raise ValueError("invalid bit-width")
        self._width = bits

    def read(self):
        return board.read_raw12(self._pin, self._atten) >> (12 - self._width)

    def read_u16(self):
        w = self._width
        raw = board.read_raw12(self._pin, self._atten) >> (12 - w)
        return (raw << (16 - w)) | (raw >> (2 * w - 16))

    def read_uv(self):
        raw = board.read_raw12(self._pin, self._atten) >> (12 - self._width) << (12 - self._width)
        mv = (raw * _board._FULL_SCALE_MV[self._atten] + 2047) // 4095
        return mv * 1000


class PWM:
    def __init__(self, dest, freq=-1, *, duty=-1, duty_u16=-1, duty_ns=-1):
        self._pin = _id(dest)
        board.pwm_init(self._pin, freq, duty_u16, duty_ns, duty)

    def init(self, freq=-1, *, duty=-1, duty_u16=-1, duty_ns=-1):
        board.pwm_init(self._pin, freq, duty_u16, duty_ns, duty)

    def freq(self, *hz):
        if hz:
            board.pwm_set_freq(self._pin, hz[0])
        else:
            return board.pwm(self._pin)["freq"]

    def duty_u16(self, *d):
        if d:
            board.pwm_set_duty(self._pin, 16, d[0])
        else:
            return _board._duty_u16(board.pwm(self._pin))

    def duty(self, *d):
        if d:
            board.pwm_set_duty(self._pin, 10, d[0])
        else:
            return _board._duty_u16(board.pwm(self._pin)) >> 6

    def duty_ns(self, *ns):
        if ns:
            board.pwm_set_duty(self._pin, 1, ns[0])
        else:
            p = board.pwm(self._pin)
            return (_board._duty_u16(p) * 1000000000 + p["freq"] * 32768) // (p["freq"] * 65536)

    def deinit(self):
        board.pwm_deinit(self._pin)


class I2C:
    def __init__(self, id=0, *, scl=None, sda=None, freq=400000, timeout=50000):
        if id < 0 or id > 1:
            raise ValueError("I2C(%d) doesn't exist" % id)
        self._scl = _id(scl)
        self._sda = _id(sda)

    def scan(self):
        return board.i2c_scan(self._scl, self._sda)

    def readfrom(self, addr, nbytes, stop=True):
        return board.i2c_read(self._scl, self._sda, addr, nbytes)

    def readfrom_into(self, addr, buf, stop=True):
        _fill(buf, board.i2c_read(self._scl, self._sda, addr, len(_board._buffer(buf))))

    def writeto(self, addr, buf, stop=True):
        data = bytes(_board._buffer(buf))
        board.i2c_write(self._scl, self._sda, addr, data)
        return len(data)

    def readfrom_mem(self, addr, memaddr, nbytes, *, addrsize=8):
        board.i2c_write(self._scl, self._sda, addr, bytes([memaddr & 0xFF]))
        return board.i2c_read(self._scl, self._sda, addr, nbytes)

    def readfrom_mem_into(self, addr, memaddr, buf, *, addrsize=8):
        n = len(_board._buffer(buf))
        _fill(buf, self.readfrom_mem(addr, memaddr, n))

    def writeto_mem(self, addr, memaddr, buf, *, addrsize=8):
        data = bytes(_board._buffer(buf))
        board.i2c_write(self._scl, self._sda, addr, bytes([memaddr & 0xFF]) + data)


class SoftI2C(I2C):
    def __init__(self, scl, sda, *, freq=400000, timeout=50000):
        self._scl = _id(scl)
        self._sda = _id(sda)


class SPI:
    MSB = 0
    LSB = 1

    def __init__(self, id, baudrate=-1, *, polarity=-1, phase=-1, bits=-1, firstbit=-1,
                 sck=None, mosi=None, miso=None):
        if id < 1 or id > 2:
            raise ValueError("SPI(%d) doesn't exist" % id)

    def read(self, nbytes, write=0):
        return board.spi_transfer(bytes([write & 0xFF]) * nbytes)

    def readinto(self, buf, write=0):
        n = len(_board._buffer(buf))
        _fill(buf, self.read(n, write))

    def write(self, buf):
        board.spi_transfer(bytes(_board._buffer(buf)))

    def write_readinto(self, write_buf, read_buf):
        out = bytes(_board._buffer(write_buf))
        if len(out) != len(_board._buffer(read_buf)):
            raise ValueError("buffers must be the same length")
        _fill(read_buf, board.spi_transfer(out))

    def deinit(self):
        pass


class SoftSPI(SPI):
    def __init__(self, baudrate=500000, *, polarity=0, phase=0, bits=8, firstbit=0,
                 sck=None, mosi=None, miso=None):
        pass


_MP_STREAM_POLL = 3
_POLL_RD = 0x0001
_POLL_WR = 0x0004
_EINVAL = 22


class UART(io.IOBase):
    # An io.IOBase, so select.poll calls its ioctl: the stream protocol asyncio's streams need.
    def __init__(self, id, baudrate=115200, bits=8, parity=None, stop=1, *, tx=-1, rx=-1,
                 timeout=0, timeout_char=0, txbuf=256, rxbuf=256):
        self._id = id
        board.uart_open(id, timeout)

    def any(self):
        board.run_scheduled()
        return len(board.uart(self._id)["rx"])

    def read(self, nbytes=-1):
        return board.uart_read(self._id, nbytes)

    def readline(self):
        return board.uart_readline(self._id)

    def readinto(self, buf, nbytes=-1):
        n = len(_board._buffer(buf)) if nbytes < 0 else nbytes
        data = board.uart_read(self._id, n)
        if data is None:
            return None
        _fill(buf, data)
        return len(data)

    def write(self, buf):
        data = buf.encode() if isinstance(buf, str) else bytes(_board._buffer(buf))
        return board.uart_write(self._id, data)

    def ioctl(self, request, arg):
        # ports/esp32/machine_uart.c: readable while bytes are buffered; always writable.
        if request == _MP_STREAM_POLL:
            ready = 0
            if arg & _POLL_RD and board.uart_readable(self._id):
                ready |= _POLL_RD
            if arg & _POLL_WR:
                ready |= _POLL_WR
            return ready
        raise OSError(_EINVAL)

    def flush(self):
        pass

    def txdone(self):
        return True

    def deinit(self):
        pass


class Timer:
    ONE_SHOT = 0
    PERIODIC = 1

    def __init__(self, id, **kw):
        if id < 0 or id > 3:
            raise ValueError("invalid Timer number")
        self._generation = 0
        if kw:
            self.init(**kw)

    def init(self, *, mode=1, period=-1, callback=None, hard=False):
        if hard:
            raise ValueError("hard Timers are not implemented")
        self._generation += 1
        self._arm(self._generation, mode, period, callback)

    def _arm(self, armed, mode, period, callback):
        def fire():
            if armed != self._generation:
                return
            if callback is not None:
                board.schedule(lambda: callback(self))
            if mode == Timer.PERIODIC:
                self._arm(armed, mode, period, callback)

        board.program_after(period, fire)

    def deinit(self):
        self._generation += 1


class WDT:
    def __init__(self, id=0, timeout=5000):
        board.wdt_start(timeout)

    def feed(self):
        board.wdt_feed()


class RTC:
    def datetime(self, *t):
        if t:
            f = t[0]
            secs = _board._mktime2000((f[0], f[1], f[2], f[4], f[5], f[6]))
            board.rtc_base_us = secs * 1000000 + (f[7] if len(f) > 7 else 0) - board.now_us()
        else:
            us = board.rtc_now_us()
            lt = _board.localtime(us // 1000000)
            return (lt[0], lt[1], lt[2], lt[6], lt[3], lt[4], lt[5], us % 1000000)

    def memory(self, *data):
        if data:
            raw = bytes(_board._buffer(data[0]))
            if len(raw) > 2048:
                raise ValueError("buffer too long")
            board.rtc_memory = raw
        else:
            return board.rtc_memory


def freq(*hz):
    if hz:
        if hz[0] not in (20000000, 40000000, 80000000, 160000000, 240000000):
            raise ValueError("frequency must be 20MHz, 40MHz, 80Mhz, 160MHz or 240MHz")
        board.cpu_freq = hz[0]
    else:
        return board.cpu_freq


def reset():
    board.hard_reset()


def soft_reset():
    board.soft_reset()


def deepsleep(ms=0):
    board.deepsleep(ms)


def lightsleep(ms=0):
    board.sleep_us(ms * 1000)


sleep = lightsleep


def unique_id():
    return board.unique_id


def reset_cause():
    return board.reset_cause


def wake_reason():
    return board.wake_reason


def idle():
    board.run_scheduled()
