package ru.portal500.shared.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;

/**
 * The switch of the version for the visually impaired: keeps the choice in a cookie for a year and shows the page
 * it was clicked on again (a plain link, so it works for visitors, without a session and without scripts).
 */
@WebServlet("/vision")
public class LowVisionServlet extends HttpServlet {

    private static final int A_YEAR = (int) Duration.ofDays(365).toSeconds();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LowVision chosen = current(request).changed(request.getParameter("on"), request.getParameter("size"),
                request.getParameter("scheme"));
        String value = chosen.cookieValue();
        Cookie cookie = new Cookie(LowVision.COOKIE, value == null ? "" : value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(value == null ? 0 : A_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", LowVision.back(request.getHeader("Referer"), request.getContextPath()));
    }

    static LowVision current(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (LowVision.COOKIE.equals(cookie.getName())) {
                    return LowVision.parse(cookie.getValue());
                }
            }
        }
        return LowVision.OFF;
    }
}
