package dev.rescuedogs.sam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.scraping.browser.BrowserSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The image cannot be built here (no Docker engine); what it tells the code is checked instead: the
 * scraping library, reading the image's environment, finds the browser and driver where the image
 * installs them, and everything Chrome writes lands in /tmp (the only writable path on Lambda).
 */
class ScraperImageTest {

  private final Dockerfile image =
      Dockerfile.parse(Repository.read("infrastructure/scraper-image/Dockerfile"));

  @Test
  void shouldRunOnTheLambdaJava21BaseImage() {
    assertThat(image.finalBaseImage()).startsWith("public.ecr.aws/lambda/java:21");
  }

  @Test
  void shouldPointTheScrapingLibraryAtTheInstalledChromeAndDriver() {
    BrowserSettings settings =
        BrowserSettings.fromEnvironment(image.environment(), "RescueDogsBot/1.0");

    assertThat(image.environment())
        .containsKeys(BrowserSettings.CHROME_BIN, BrowserSettings.CHROMEDRIVER);
    assertThat(settings.chromeBinary()).isNotEqualTo(BrowserSettings.DEFAULT_CHROME_BINARY);
    assertThat(settings.chromedriver()).isNotEqualTo(BrowserSettings.DEFAULT_CHROMEDRIVER);
    assertThat(installedDirectories()).anyMatch(dir -> settings.chromeBinary().startsWith(dir));
    assertThat(installedDirectories()).anyMatch(dir -> settings.chromedriver().startsWith(dir));
    // Chrome for Testing archives unpack to chrome-linux64/chrome and
    // chromedriver-linux64/chromedriver.
    assertThat(settings.chromeBinary().toString()).endsWith("chrome-linux64/chrome");
    assertThat(settings.chromedriver().toString()).endsWith("chromedriver-linux64/chromedriver");
    assertThat(image.text())
        .contains("chrome-for-testing-public/${CHROME_VERSION}/linux64/chrome-linux64.zip")
        .contains("chrome-for-testing-public/${CHROME_VERSION}/linux64/chromedriver-linux64.zip");
  }

  @Test
  void shouldPassOnlyChromiumFlagsAsExtraArguments() {
    BrowserSettings settings =
        BrowserSettings.fromEnvironment(image.environment(), "RescueDogsBot/1.0");

    assertThat(image.environment()).containsKey(BrowserSettings.CHROME_EXTRA_ARGS);
    assertThat(settings.extraArguments()).isNotEmpty().allMatch(flag -> flag.startsWith("--"));
    assertThat(settings.extraArguments()).doesNotHaveDuplicates();
    // The profile directory comes from the library (a fresh one per browser), never from the image.
    assertThat(settings.extraArguments()).noneMatch(flag -> flag.startsWith("--user-data-dir"));
  }

  @Test
  void shouldKeepChromeHomeCacheAndProfilesUnderTmp() {
    Path tmp = Path.of("/tmp");
    for (String variable : List.of("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")) {
      assertThat(image.environment()).containsKey(variable);
      assertThat(Path.of(image.environment().get(variable)).startsWith(tmp)).as(variable).isTrue();
    }
    // Each browser's profile is created under java.io.tmpdir (BrowserSettings.tempRoot).
    assertThat(image.environment().get("JAVA_TOOL_OPTIONS")).contains("-Djava.io.tmpdir=/tmp");
    assertThat(image.environment()).containsEntry("SE_OFFLINE", "true");
  }

  @Test
  void shouldShipSeleniumsClassesButNoneOfSeleniumManagersBinaries() throws Exception {
    // The image copies this jar; `mvn verify` builds it before these tests run.
    Path jar;
    try (java.util.stream.Stream<Path> files =
        java.nio.file.Files.list(Repository.file("functions/scraper/target"))) {
      jar =
          files
              .filter(f -> f.getFileName().toString().endsWith("-lambda.jar"))
              .findFirst()
              .orElse(null);
    } catch (java.nio.file.NoSuchFileException e) {
      jar = null;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(
        jar != null, "functions/scraper has not been packaged (run `mvn verify`)");
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
      List<String> entries = zip.stream().map(java.util.zip.ZipEntry::getName).toList();
      // ChromeDriverService links SeleniumManager even when the driver path is given.
      assertThat(entries).contains("org/openqa/selenium/manager/SeleniumManager.class");
      assertThat(entries)
          .filteredOn(
              name ->
                  name.startsWith("org/openqa/selenium/manager/")
                      && !name.endsWith(".class")
                      && !name.endsWith("/"))
          .isEmpty();
    }
  }

  @Test
  void shouldPinTheVersionsItInstalls() {
    assertThat(image.text()).containsPattern("ARG CHROME_VERSION=\\d+\\.\\d+\\.\\d+\\.\\d+");
    assertThat(image.baseImages())
        .allMatch(base -> base.contains(":") && !base.endsWith(":latest"));
  }

  private List<Path> installedDirectories() {
    return image
        .text()
        .lines()
        .filter(line -> line.startsWith("COPY --from=chrome "))
        .map(line -> Path.of(line.split("\\s+", -1)[3]))
        .toList();
  }
}
