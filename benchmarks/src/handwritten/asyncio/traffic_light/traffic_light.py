import asyncio

GREEN, YELLOW, RED = "green", "yellow", "red"
DURATION = {GREEN: 120, YELLOW: 60, RED: 90}
NEXT = {RED: GREEN, GREEN: YELLOW, YELLOW: RED}

button = asyncio.Event()
light = RED
cycles = 0


async def controller():
    global light, cycles
    while cycles < 3:
        light = NEXT[light]
        print("light", light)
        if light is RED:
            cycles += 1
            if button.is_set():
                button.clear()
                print("walk")
        await asyncio.sleep_ms(DURATION[light])


async def pedestrian():
    await asyncio.sleep_ms(330)
    print("button pressed")
    button.set()


async def run_all():
    asyncio.create_task(pedestrian())
    await controller()
    print("cycles", cycles)


def main():
    asyncio.run(run_all())
