package dev.jmpy.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jmpy:size on a small board image, its heap measured on MicroPython 1.27 (WebAssembly): within
 * budget the build goes on; over a tiny budget it fails, saying by how much and where.
 */
class SizeMojoTest {
  @TempDir Path temp;

  private SizeMojo mojo() throws Exception {
    Path image = temp.resolve("classes/micropython");
    Files.createDirectories(image.resolve("garden"));
    Files.writeString(image.resolve("main.py"), "from garden import plant_app\nplant_app.main()\n");
    Files.writeString(image.resolve("garden/__init__.py"), "");
    Files.writeString(image.resolve("garden/plant_app.py"), """
        import asyncio


        class Plant:
            def __init__(self, name):
                self.name = name
                self.moisture = 0

            def water(self, amount):
                self.moisture += amount
                return self.moisture


        async def tend(plants):
            for p in plants:
                print(p.name, p.water(3))
                await asyncio.sleep_ms(1)


        def main():
            asyncio.run(tend([Plant("fern"), Plant("basil")]))
        """);
    SizeMojo mojo = new SizeMojo();
    mojo.classesDirectory = temp.resolve("classes").toFile();
    mojo.mpyDirectory = new File(temp.toFile(), "no-mpy-image");
    return mojo;
  }

  @Test
  void withinBudgetTheBuildGoesOn() throws Exception {
    SizeMojo mojo = mojo();
    mojo.flashBudget = 1_000_000L;
    mojo.ramBudget = 1_000_000L;
    assertDoesNotThrow(mojo::execute);
  }

  @Test
  void aTinyBudgetFailsTheBuildWithTheFigures() throws Exception {
    SizeMojo mojo = mojo();
    mojo.flashBudget = 100L;
    mojo.ramBudget = 64L;
    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
    System.out.println("[jmpy-maven-plugin] " + failure.getMessage());
    assertTrue(failure.getMessage().startsWith("jmpy: over budget: the board image takes "),
        failure.getMessage());
    assertTrue(failure.getMessage().contains("bytes of flash, over the budget of 100"
        + " (jmpy.flashBudget) by "), failure.getMessage());
    assertTrue(failure.getMessage().contains("bytes of heap once imported, over the budget of 64"
        + " (jmpy.ramBudget) by "), failure.getMessage());
    assertTrue(failure.getMessage().contains("largest modules: garden/plant_app.py"),
        failure.getMessage());
  }
}
