package dev.rescuedogs.core.text;

import java.util.Arrays;

/**
 * A growable char array: cheaper than StringBuilder for the character-at-a-time loops of this
 * package.
 */
final class TextBuffer {

  char[] chars;
  int length;

  TextBuffer(int capacity) {
    chars = new char[Math.max(16, capacity)];
  }

  void append(char c) {
    if (length == chars.length) {
      chars = Arrays.copyOf(chars, chars.length * 2);
    }
    chars[length++] = c;
  }

  void append(String s) {
    int needed = length + s.length();
    if (needed > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(needed, chars.length * 2));
    }
    s.getChars(0, s.length(), chars, length);
    length = needed;
  }

  void append(char[] source, int start, int end) {
    int needed = length + end - start;
    if (needed > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(needed, chars.length * 2));
    }
    System.arraycopy(source, start, chars, length, end - start);
    length = needed;
  }

  void appendCodePoint(int codePoint) {
    if (Character.isBmpCodePoint(codePoint)) {
      append((char) codePoint);
    } else {
      append(Character.highSurrogate(codePoint));
      append(Character.lowSurrogate(codePoint));
    }
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }
}
