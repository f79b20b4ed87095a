# esp32 for the simulated ESP32 (see _board.py): NVS, kept across resets, and the module's
# functions.

from _board import board
import _board


class NVS:
    def __init__(self, namespace):
        if len(namespace) > 15:
            raise OSError(-0x1109, "ESP_ERR_NVS_KEY_TOO_LONG")
        self._ns = namespace

    def set_i32(self, key, value):
        board.nvs_set(self._ns, key, value, str(value))

    def get_i32(self, key):
        return board.nvs_get(self._ns, key, int)

    def set_blob(self, key, value):
        data = bytes(_board._buffer(value))
        board.nvs_set(self._ns, key, data, _board._hex(data))

    def get_blob(self, key, buf):
        data = board.nvs_get(self._ns, key, bytes)
        if len(data) > len(_board._buffer(buf)):
            raise OSError(-0x110c, "ESP_ERR_NVS_INVALID_LENGTH")
        view = memoryview(buf)
        for i in range(len(data)):
            view[i] = data[i]
        return len(data)

    def erase_key(self, key):
        entries = board.nvs.get(self._ns, {})
        if key not in entries:
            raise OSError(-0x1102, "ESP_ERR_NVS_NOT_FOUND")
        del entries[key]
        board.record("nvs %s %s erased" % (self._ns, key))

    def commit(self):
        pass


def raw_temperature():
    return board.raw_temperature


def wake_on_ext0(pin, level):
    board.ext0 = (pin._id, 1 if level else 0)
