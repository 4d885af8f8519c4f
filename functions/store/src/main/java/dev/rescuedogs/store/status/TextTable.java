package dev.rescuedogs.store.status;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: a header row, then rows, columns padded to the widest cell. Used by the
 * status report and by the command-line tool.
 */
public final class TextTable {

  private final List<String> headers;
  private final List<Boolean> alignRight;
  private final List<List<String>> rows = new ArrayList<>();

  /**
   * @param alignRight per column, whether cells are right-aligned (numbers)
   */
  public TextTable(List<String> headers, List<Boolean> alignRight) {
    if (headers.size() != alignRight.size()) {
      throw new IllegalArgumentException("one alignment per column");
    }
    this.headers = List.copyOf(headers);
    this.alignRight = List.copyOf(alignRight);
  }

  public void add(List<String> row) {
    if (row.size() != headers.size()) {
      throw new IllegalArgumentException(
          "row has " + row.size() + " cells, the table " + headers.size() + " columns");
    }
    rows.add(List.copyOf(row));
  }

  public String render() {
    int[] widths = new int[headers.size()];
    for (int column = 0; column < widths.length; column++) {
      widths[column] = headers.get(column).length();
      for (List<String> row : rows) {
        widths[column] = Math.max(widths[column], row.get(column).length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, headers, widths);
    for (List<String> row : rows) {
      line(out, row, widths);
    }
    return out.toString();
  }

  private void line(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int column = 0; column < cells.size(); column++) {
      if (column > 0) {
        line.append("  ");
      }
      String cell = cells.get(column);
      String padding = " ".repeat(widths[column] - cell.length());
      line.append(alignRight.get(column) ? padding + cell : cell + padding);
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}
