package dev.rescuedogs.api.meta;

import dev.rescuedogs.api.animals.ActiveOrganizations;
import dev.rescuedogs.api.animals.CatalogFilters;
import dev.rescuedogs.api.animals.CatalogOrganizations;
import dev.rescuedogs.api.animals.CatalogSql;
import dev.rescuedogs.api.animals.CatalogSql.Facet;
import dev.rescuedogs.api.animals.CatalogSummary;
import dev.rescuedogs.api.animals.Vocabulary;
import dev.rescuedogs.api.db.ConnectionPool;
import dev.rescuedogs.api.db.ShortLivedCache;
import dev.rescuedogs.api.db.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Counts for filter menus, each facet ignoring its own filter, in one pass over the dogs: a {@code
 * GROUPING SETS} aggregate with one grouping per facet column, read by an index-only scan of {@code
 * dogs_catalog_counts_idx} for the common filters. Each facet's count is a {@code count(*) FILTER}
 * over the other facets' conditions. Ships-to countries are an organization's: that facet is
 * counted per organization and spread over each organization's countries here. Filter sets the
 * summary of migration V11 covers (facet filters on at most two columns) are read from it instead
 * while it is current ({@link CatalogSummary}): a few hundred rows, plus on two columns the
 * unfiltered facets of the few dogs that pass both filters, not every catalog entry.
 */
public final class FacetRepository {

  /**
   * The grouping columns, in {@code GROUPING()} order; AVAILABLE_TO is counted per organization.
   */
  private static final List<Facet> GROUPED =
      List.of(
          Facet.SIZE,
          Facet.AGE_CATEGORY,
          Facet.SEX,
          Facet.BREED,
          Facet.BREED_GROUP,
          Facet.ORGANIZATION,
          Facet.LOCATION_COUNTRY);

  private static final Map<Facet, String> COLUMN = new EnumMap<>(Facet.class);

  static {
    COLUMN.put(Facet.SIZE, "d.standardized_size");
    COLUMN.put(Facet.AGE_CATEGORY, "d.age_category");
    COLUMN.put(Facet.SEX, "d.sex");
    COLUMN.put(Facet.BREED, "d.breed_slug");
    COLUMN.put(Facet.BREED_GROUP, "d.breed_group");
    COLUMN.put(Facet.ORGANIZATION, "d.organization_id");
    COLUMN.put(Facet.LOCATION_COUNTRY, CatalogSql.DOG_COUNTRY);
  }

  private final ConnectionPool pool;
  private final ActiveOrganizations organizations;
  private final ShortLivedCache<FacetCounts> cache =
      new ShortLivedCache<>(Duration.ofSeconds(60), 500);

  public FacetRepository(ConnectionPool pool, ActiveOrganizations organizations) {
    this.pool = pool;
    this.organizations = organizations;
  }

  /** The statement behind {@link #facets}. */
  public static Sql facetSql(CatalogFilters filters, CatalogOrganizations organizations) {
    return new FacetStatement(filters, organizations).sql;
  }

  /** Options per facet, most frequent first, and the total under all filters (reused for 60 s). */
  public FacetCounts facets(CatalogFilters filters) {
    return cache.get(filters.canonical(), () -> count(filters));
  }

  private FacetCounts count(CatalogFilters filters) {
    CatalogOrganizations active = organizations.current();
    Optional<CatalogSummary> summary = CatalogSummary.of(filters, active);
    return pool.withConnection(
        connection -> {
          if (summary.isPresent()) {
            Optional<List<CatalogSummary.Count>> counts = summary.get().facets(connection);
            if (counts.isPresent()) {
              return fromSummary(counts.get(), active);
            }
          }
          // Filters the summary does not cover, or a summary not refreshed since the catalog
          // changed.
          FacetStatement statement = new FacetStatement(filters, active);
          FacetCounter counter = statement.counter();
          statement.sql.list(
              connection,
              row -> {
                counter.add(row);
                return null;
              });
          return counter.result();
        });
  }

  /**
   * The statement the handler runs for these filters: the summary's when it covers them (and is
   * current), else the one-pass count over the dogs.
   */
  public static Sql handlerSql(CatalogFilters filters, CatalogOrganizations organizations) {
    return CatalogSummary.of(filters, organizations)
        .map(CatalogSummary::facetsSql)
        .orElseGet(() -> facetSql(filters, organizations));
  }

  private static FacetCounts fromSummary(
      List<CatalogSummary.Count> counts, CatalogOrganizations organizations) {
    Map<Facet, List<Option>> options = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      options.put(facet, new ArrayList<>());
    }
    Map<String, Long> shipsTo = new LinkedHashMap<>();
    long total = 0;
    for (CatalogSummary.Count count : counts) {
      Facet facet = count.facet();
      if (facet == null) {
        total += count.dogs();
      } else if (facet == Facet.ORGANIZATION || facet == Facet.AVAILABLE_TO) {
        // The summary may be newer than this instance's list of active organizations.
        Optional<CatalogOrganizations.Organization> organization =
            organizations.byId(Long.parseLong(count.value()));
        if (organization.isEmpty()) {
          continue;
        }
        if (facet == Facet.ORGANIZATION) {
          options
              .get(facet)
              .add(new Option(organization.get().slug(), organization.get().name(), count.dogs()));
        } else {
          organization
              .get()
              .shipsTo()
              .forEach(country -> shipsTo.merge(country, count.dogs(), Long::sum));
        }
      } else {
        String label = facet == Facet.BREED ? count.label() : count.value();
        options
            .get(facet)
            .add(new Option(count.value(), label(facet, count.value(), label), count.dogs()));
      }
    }
    shipsTo.forEach(
        (country, dogs) ->
            options
                .get(Facet.AVAILABLE_TO)
                .add(new Option(country, label(Facet.AVAILABLE_TO, country, country), dogs)));
    options.values().forEach(list -> list.sort(MetaRepository.BY_COUNT));
    return new FacetCounts(options, total);
  }

  static String label(Facet facet, String value, String label) {
    return switch (facet) {
      case SIZE -> Vocabulary.sizeLabel(value);
      case LOCATION_COUNTRY, AVAILABLE_TO -> Vocabulary.countryName(value);
      default -> label;
    };
  }

  /** The counts of every facet. */
  public record FacetCounts(Map<Facet, List<Option>> options, long total) {}

  /**
   * The statement for one filter set and where its results are: which aggregate column holds each
   * facet's count. Facets whose "other filters" are the same share an aggregate.
   */
  private static final class FacetStatement {

    /** Bit of GROUPING() (of all grouping columns) that is clear for the grouping of one column. */
    static final int ALL_BITS = (1 << GROUPED.size()) - 1;

    final CatalogFilters filters;
    final CatalogOrganizations organizations;
    final Map<Facet, Integer> aggregateOf = new EnumMap<>(Facet.class);
    final int totalAggregate;
    final Sql sql = new Sql();

    FacetStatement(CatalogFilters filters, CatalogOrganizations organizations) {
      this.filters = filters;
      this.organizations = organizations;
      Set<Facet> set = EnumSet.noneOf(Facet.class);
      for (Facet facet : Facet.values()) {
        if (CatalogSql.isSet(filters, facet)) {
          set.add(facet);
        }
      }
      // Each distinct condition ("every set filter but this facet's") becomes one count(*) FILTER.
      List<Set<Facet>> conditions = new ArrayList<>();
      for (Facet facet : Facet.values()) {
        Set<Facet> others = EnumSet.copyOf(set);
        others.remove(facet);
        aggregateOf.put(facet, indexOf(conditions, others));
      }
      totalAggregate = indexOf(conditions, set);

      sql.add(CatalogSql.with(filters))
          .add("SELECT GROUPING(" + String.join(", ", columns()) + ") AS grouping");
      for (Facet facet : GROUPED) {
        sql.add(", " + COLUMN.get(facet) + "::text AS " + name(facet));
      }
      for (int i = 0; i < conditions.size(); i++) {
        sql.add(", count(*)").add(filter(conditions.get(i))).add(" AS n" + i);
      }
      sql.add(", min(d.primary_breed)")
          .add(filter(conditions.get(aggregateOf.get(Facet.BREED))))
          .add(" AS breed_label");
      sql.add(CatalogSql.fromDogs(filters))
          .add(CatalogSql.where(filters, EnumSet.allOf(Facet.class), organizations));
      if (set.size() >= 2) {
        // A dog that fails two facet filters counts for no facet: leave it out of the aggregation.
        sql.add(" AND (");
        String plus = "";
        for (Facet facet : set) {
          sql.add(plus + "CASE WHEN ")
              .add(CatalogSql.facetCondition(filters, facet, organizations))
              .add(" THEN 0 ELSE 1 END");
          plus = " + ";
        }
        sql.add(") <= 1");
      }
      sql.add(" GROUP BY GROUPING SETS (");
      for (Facet facet : GROUPED) {
        sql.add("(" + COLUMN.get(facet) + "), ");
      }
      sql.add("())");
    }

    FacetCounter counter() {
      return new FacetCounter(this);
    }

    private Sql filter(Set<Facet> condition) {
      Sql filter = new Sql();
      if (condition.isEmpty()) {
        return filter;
      }
      filter.add(" FILTER (WHERE ");
      String and = "";
      for (Facet facet : condition) {
        filter.add(and).add(CatalogSql.facetCondition(filters, facet, organizations));
        and = " AND ";
      }
      return filter.add(")");
    }

    private static int indexOf(List<Set<Facet>> conditions, Set<Facet> condition) {
      int index = conditions.indexOf(condition);
      if (index < 0) {
        conditions.add(condition);
        index = conditions.size() - 1;
      }
      return index;
    }

    private static List<String> columns() {
      return GROUPED.stream().map(COLUMN::get).toList();
    }

    static String name(Facet facet) {
      return "g_" + facet.name().toLowerCase(Locale.ROOT);
    }

    /** GROUPING() of the rows grouped by this facet's column alone. */
    static int groupingOf(Facet facet) {
      return ALL_BITS & ~(1 << (GROUPED.size() - 1 - GROUPED.indexOf(facet)));
    }
  }

  /** Turns the statement's rows into options per facet. */
  private static final class FacetCounter {

    private final FacetStatement statement;
    private final Map<Facet, List<Option>> options = new LinkedHashMap<>();
    private final Map<String, Long> shipsTo = new LinkedHashMap<>();
    private long total;

    FacetCounter(FacetStatement statement) {
      this.statement = statement;
      for (Facet facet : Facet.values()) {
        options.put(facet, new ArrayList<>());
      }
    }

    void add(ResultSet row) throws SQLException {
      int grouping = row.getInt("grouping");
      if (grouping == FacetStatement.ALL_BITS) {
        total = row.getLong("n" + statement.totalAggregate);
        return;
      }
      for (Facet facet : GROUPED) {
        if (grouping == FacetStatement.groupingOf(facet)) {
          add(facet, row.getString(FacetStatement.name(facet)), row);
          return;
        }
      }
      throw new IllegalStateException("unexpected grouping " + grouping);
    }

    private void add(Facet facet, String value, ResultSet row) throws SQLException {
      if (value == null) {
        return;
      }
      long count = row.getLong("n" + statement.aggregateOf.get(facet));
      if (facet == Facet.ORGANIZATION) {
        // Every organization the statement reads is in the snapshot it was built from.
        CatalogOrganizations.Organization organization =
            statement.organizations.byId(Long.parseLong(value)).orElseThrow();
        if (count > 0) {
          options.get(facet).add(new Option(organization.slug(), organization.name(), count));
        }
        long shipping = row.getLong("n" + statement.aggregateOf.get(Facet.AVAILABLE_TO));
        if (shipping > 0) {
          organization.shipsTo().forEach(country -> shipsTo.merge(country, shipping, Long::sum));
        }
        return;
      }
      if (count > 0) {
        String label = facet == Facet.BREED ? row.getString("breed_label") : value;
        options.get(facet).add(new Option(value, label(facet, value, label), count));
      }
    }

    FacetCounts result() {
      shipsTo.forEach(
          (country, count) ->
              options
                  .get(Facet.AVAILABLE_TO)
                  .add(new Option(country, label(Facet.AVAILABLE_TO, country, country), count)));
      options.values().forEach(list -> list.sort(MetaRepository.BY_COUNT));
      return new FacetCounts(options, total);
    }
  }
}
