package dev.jmpy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {
  @Test
  void writesJobsAndReadsTheRunnersResultLines() {
    Map<String, String> job = new LinkedHashMap<>();
    job.put("id", "a\"b");
    job.put("dir", "/x\\y\n");
    assertEquals("[{\"id\":\"a\\\"b\",\"dir\":\"/x\\\\y\\n\"}]", JsonText.arrayOfObjects(List.of(job)));

    Map<String, Object> result = JsonText.parseObject(
        "{\"id\":\"p\",\"ok\":false,\"stdout\":\"1\\n\\u00e9\\t\\\"q\\\"\",\"exception\":null,\"millis\":12}");
    assertEquals("p", result.get("id"));
    assertEquals(Boolean.FALSE, result.get("ok"));
    assertEquals("1\n\u00e9\t\"q\"", result.get("stdout"));
    assertEquals(null, result.get("exception"));
    assertEquals(12.0, result.get("millis"));
  }
}
