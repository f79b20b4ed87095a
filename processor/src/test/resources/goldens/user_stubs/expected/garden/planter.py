import machine
from array import array


def main():
    pump = machine.Pin(5, machine.Pin.OUT)
    pump.value(1)
    i2c = machine.I2C(0, scl=machine.Pin(22), sda=machine.Pin(21), freq=400000)
    i2c.writeto_mem(0x76, 0xF4, array("b", [0x27]))
    raw = array("b", i2c.readfrom_mem(0x76, 0xF7, 3))
    i2c.writeto_mem(0x76, 0xF5, raw)
    buf = array("b", bytes(3))
    i2c.readfrom_mem_into(0x76, 0xF7, buf)
    print(buf[0] + raw[1])
    if machine.reset_cause() == machine.DEEPSLEEP_RESET:
        print("woke")
