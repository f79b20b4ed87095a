import asyncio


async def main():
    print("waiting for an event nobody sets")
    await asyncio.Event().wait()


asyncio.run(main())
