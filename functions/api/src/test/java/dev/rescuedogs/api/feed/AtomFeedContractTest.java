package dev.rescuedogs.api.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescuedogs.api.testing.ApiClient;
import dev.rescuedogs.api.testing.ApiClient.Response;
import dev.rescuedogs.api.testing.CatalogFixture;
import dev.rescuedogs.store.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AtomFeedContractTest {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  static CatalogFixture fixture;
  static ApiClient api;

  @BeforeAll
  static void seed() {
    fixture = CatalogFixture.seed(db.dataSource());
    api = new ApiClient(CatalogFixture.handler(db.dataSource()));
  }

  static Document parse(Response response) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void feed_isValidAtomOfTheNewestMatches() throws Exception {
    Response response = api.get("/api/feeds/animals.atom?breed_group=hound&limit=3");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type")).isEqualTo("application/atom+xml; charset=utf-8");
    assertThat(response.header("Cache-Control"))
        .isEqualTo("public, max-age=300, stale-while-revalidate=60");
    Document feed = parse(response);
    Element root = feed.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
    assertThat(root.getLocalName()).isEqualTo("feed");
    NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
    assertThat(entries.getLength()).isEqualTo(3);
    Element first = (Element) entries.item(0);
    assertThat(first.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("Ann%e — Beagle");
    assertThat(first.getElementsByTagName("id").item(0).getTextContent())
        .isEqualTo("https://api.example.org/api/animals/" + fixture.slug("Ann%e"));
    assertThat(first.getElementsByTagName("summary").item(0).getTextContent())
        .isEqualTo("Beagle, 7 years, Female, Small, with Happy Paws (DE)");
    assertThat(root.getElementsByTagName("id").item(0).getTextContent())
        .isEqualTo("https://api.example.org/api/feeds/animals.atom?breed_group=hound&limit=3");
    assertThat(root.getElementsByTagName("title").item(0).getTextContent()).contains("4 in total");
  }

  @Test
  void feed_escapesMarkupAndAcceptsEveryFilter() throws Exception {
    Response response =
        api.get("/api/feeds/animals.atom?q=%3Cb%3E&breed=beagle&organization=happy-paws");
    assertThat(response.status()).isEqualTo(200);
    assertThat(
            parse(response)
                .getDocumentElement()
                .getElementsByTagName("id")
                .item(0)
                .getTextContent())
        .contains("q=%3Cb%3E");
    assertThat(api.get("/api/feeds/animals.atom?sort=oldest").status()).isEqualTo(400);
    assertThat(api.get("/api/feeds/animals.atom?limit=101").status()).isEqualTo(400);
    assertThat(AtomFeedRoutes.escape("a<b>&\"'\u0001z")).isEqualTo("a&lt;b&gt;&amp;&quot;&apos;z");
  }

  @Test
  void emptyFeed_isStillValid() throws Exception {
    Document feed = parse(api.get("/api/feeds/animals.atom?size=xlarge"));
    assertThat(feed.getDocumentElement().getElementsByTagName("entry").getLength()).isZero();
    assertThat(feed.getDocumentElement().getElementsByTagName("updated").item(0).getTextContent())
        .isEqualTo("1970-01-01T00:00:00Z");
  }
}
