# Stands for a board's native sensor module; sensors.SensorHw is its typed Java stub.


def read_raw(channel):
    return (channel * 1237 + 91) % 4096


def label(channel):
    return "ch" + str(channel)
