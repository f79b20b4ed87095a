import asyncio


async def inner():
    await asyncio.sleep_ms(1)
    raise ValueError("boom")


async def main():
    print("before")
    await inner()


try:
    asyncio.run(main())
except ValueError as e:
    print("caught", e)
asyncio.run(main())
print("not reached")
