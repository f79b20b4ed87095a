# network for the simulated ESP32 (see _board.py): WLAN's station and the module's status codes,
# which the ESP32 port keeps at module level (network.STAT_GOT_IP).

from _board import board

STAT_IDLE = 1000
STAT_CONNECTING = 1001
STAT_GOT_IP = 1010
STAT_BEACON_TIMEOUT = 200
STAT_NO_AP_FOUND = 201
STAT_WRONG_PASSWORD = 202
STA_IF = 0
AP_IF = 1


class WLAN:
    IF_STA = 0
    IF_AP = 1
    PM_NONE = 0
    PM_PERFORMANCE = 1
    PM_POWERSAVE = 2

    def __init__(self, interface_id=0):
        if interface_id != 0:
            raise NotImplementedError("only WLAN.IF_STA is simulated")

    def active(self, *on):
        if on:
            return board.wifi_set_active(bool(on[0]))
        board.run_scheduled()
        return board.wifi_active

    def connect(self, ssid=None, key=None, *, bssid=None):
        board.wifi_connect(ssid, key)

    def disconnect(self):
        board.wifi_disconnect()

    def isconnected(self):
        board.run_scheduled()
        return board.wifi_connected

    def status(self, *param):
        if param:
            if param[0] != "rssi":
                raise ValueError("unknown status param")
            if not board.wifi_connected:
                raise OSError(-0x300f, "ESP_ERR_WIFI_NOT_CONNECT")
            return board.wifi_current["rssi"]
        return board.wifi_status()

    def ifconfig(self):
        if not board.wifi_connected:
            return ("0.0.0.0", "0.0.0.0", "0.0.0.0", "0.0.0.0")
        ip = board.wifi_current["ip"]
        gateway = ip[: ip.rfind(".")] + ".1"
        return (ip, "255.255.255.0", gateway, gateway)

    def scan(self):
        board.run_scheduled()
        if not board.wifi_active:
            raise OSError("STA must be active")
        found = [ap for ap in board.aps if ap["up"]]
        # Strongest first, ties in the order the scenario lists them (MicroPython's sort is not stable).
        found.sort(key=lambda ap: (-ap["rssi"], board.aps.index(ap)))
        return [(ap["ssid"].encode(), b"\x00" * 6, ap["channel"], ap["rssi"], 3, False) for ap in found]

    def config(self, param):
        if param in ("hostname", "dhcp_hostname"):
            return board.hostname
        if param == "mac":
            return board.unique_id
        raise ValueError("unknown config param")


def hostname(*name):
    if name:
        board.hostname = name[0]
    else:
        return board.hostname
