package ru.portal500.shared.web;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The version for the visually impaired (ГОСТ Р 52872-2019, as Russian public education sites offer it): larger
 * type in one of two sizes, black on white or white on black, no images, wider letter and line spacing. The choice
 * lives in a cookie ({@code 150-light}), so a visitor keeps it without a session and a person keeps it across logins.
 */
public record LowVision(boolean on, int size, Scheme scheme) {

    public static final String COOKIE = "portal-vision";

    /** The two type sizes offered, in per cent of the normal size. */
    public static final int LARGE = 150;
    public static final int LARGER = 200;

    /** Black type on white, or white type on black. */
    public enum Scheme { LIGHT, DARK }

    public static final LowVision OFF = new LowVision(false, LARGE, Scheme.LIGHT);

    /** The choice a cookie holds; anything it does not understand is the normal version. */
    public static LowVision parse(String cookie) {
        if (cookie == null) {
            return OFF;
        }
        String[] parts = cookie.strip().split("-");
        if (parts.length != 2) {
            return OFF;
        }
        int size = switch (parts[0]) {
            case "150" -> LARGE;
            case "200" -> LARGER;
            default -> 0;
        };
        Scheme scheme = switch (parts[1]) {
            case "light" -> Scheme.LIGHT;
            case "dark" -> Scheme.DARK;
            default -> null;
        };
        return size == 0 || scheme == null ? OFF : new LowVision(true, size, scheme);
    }

    /** What the cookie keeps; null for the normal version (the cookie is removed). */
    public String cookieValue() {
        return on ? size + "-" + scheme.name().toLowerCase(java.util.Locale.ROOT) : null;
    }

    /**
     * The choice after a click of the switch: {@code on} "true"/"false" turns the version on or off (keeping the
     * size and colours chosen before), {@code size} "150"/"200" and {@code scheme} "light"/"dark" change them and
     * turn it on. Anything else leaves the choice as it was.
     */
    public LowVision changed(String on, String size, String scheme) {
        boolean turnedOn = this.on;
        int newSize = this.size;
        Scheme newScheme = this.scheme;
        if ("true".equals(on)) {
            turnedOn = true;
        } else if ("false".equals(on)) {
            turnedOn = false;
        }
        if ("150".equals(size) || "200".equals(size)) {
            newSize = Integer.parseInt(size);
            turnedOn = true;
        }
        if ("light".equals(scheme) || "dark".equals(scheme)) {
            newScheme = Scheme.valueOf(scheme.toUpperCase(java.util.Locale.ROOT));
            turnedOn = true;
        }
        return new LowVision(turnedOn, newSize, newScheme);
    }

    /** The classes of the page's {@code html} element: none for the normal version. */
    public String htmlClass() {
        return on ? "lv lv-" + size + " lv-" + scheme.name().toLowerCase(java.util.Locale.ROOT) : "";
    }

    /**
     * Where the switch sends the browser back to: the path and query of the page it was clicked on, when that page
     * is one of the portal's own (under {@code contextPath}); the start page otherwise. Never another site.
     */
    public static String back(String referer, String contextPath) {
        String home = contextPath + "/";
        if (referer == null || referer.isBlank()) {
            return home;
        }
        try {
            URI uri = new URI(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")
                    || !(path.equals(contextPath) || path.startsWith(contextPath + "/"))) {
                return home;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (URISyntaxException e) {
            return home;
        }
    }
}
