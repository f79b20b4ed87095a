import sys
from app import values

print(1 / 3)
print(values.SUM)
print(__name__, __file__, sys.path[0] == "" or sys.path[0].endswith("single-precision"))
raise ValueError("after the floats")
