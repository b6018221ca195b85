package ru.portal500.it;

import jakarta.json.Json;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Calls of the portal's REST API with a bearer token, as an integration would make them. */
public final class PortalApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /**
     * How long a page or an endpoint of the server may take to answer: a first /openapi builds the document (22 s
     * on a busy two-core machine).
     */
    private static final java.time.Duration SLOW = java.time.Duration.ofMinutes(2);

    private final String base;
    private final java.net.URL deployed;

    public PortalApi(java.net.URL deployed) {
        this.deployed = deployed;
        this.base = PortalDeployment.localUrl(deployed) + "/api";
    }

    /**
     * A GET of the server's own endpoints outside the portal's context ({@code /health/ready}, {@code /metrics},
     * {@code /openapi}), without a token.
     */
    public HttpResponse<String> server(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + deployed.getPort() + path))
                .timeout(SLOW).GET(), null);
    }

    /** A page of the portal (path after the context, e.g. {@code /practices.xhtml}), as a browser without a session. */
    public HttpResponse<String> page(String path) {
        return send(HttpRequest.newBuilder(URI.create(PortalDeployment.localUrl(deployed) + path)).timeout(SLOW).GET(),
                null);
    }

    public HttpResponse<String> get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), token);
    }

    public HttpResponse<String> post(String path, String json, String token) {
        return send("POST", path, json, token);
    }

    /** Uploads a file (CSV or XLSX) as the request body. */
    public HttpResponse<String> upload(String path, byte[] file, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)), token);
    }

    /** Downloads a file. */
    public HttpResponse<byte[]> download(String path, String token) {
        return download(path, token, null);
    }

    /** Downloads a file in the language asked for ({@code Accept-Language}; {@code null}: none asked for). */
    public HttpResponse<byte[]> download(String path, String token, String language) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (language != null) {
                request.header("Accept-Language", language);
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A DELETE naming what it removes by the fields of a flat JSON object, sent as query parameters: HTTP/1.1
     * servers (Grizzly in Payara among them) drop a DELETE's body.
     */
    public HttpResponse<String> delete(String path, String json, String token) {
        StringBuilder query = new StringBuilder();
        if (!json.isBlank()) {
            Json.createReader(new StringReader(json)).readObject().forEach((name, value) -> query
                    .append(query.length() == 0 ? "?" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value instanceof JsonString text ? text.getString()
                            : value.toString(), StandardCharsets.UTF_8)));
        }
        return send(HttpRequest.newBuilder(URI.create(base + path + query)).DELETE(), token);
    }

    public HttpResponse<String> put(String path, String json, String token) {
        return send("PUT", path, json, token);
    }

    private HttpResponse<String> send(String method, String path, String json, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)), token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonStructure json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).read();
    }
}
