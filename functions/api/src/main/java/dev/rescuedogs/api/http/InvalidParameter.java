package dev.rescuedogs.api.http;

/** One reason a request parameter was refused, listed in a 400 problem's {@code invalid_params}. */
public record InvalidParameter(String name, String reason) {}
