package vn.chidao.app.it;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/** A real HTTP client against the test server, signed in as one demo account (or nobody). */
public final class Api {

    public static final String DEMO_PASSWORD = "ChiDao@2025";
    public static final String ADMIN = "admin@chidao.local";
    public static final String SECRETARIAT = "thuongtruc@chidao.local";
    public static final String FINANCE_HEAD = "giamdoc.stc@chidao.local";
    public static final String COMMITTEE = "thanhvien@chidao.local";

    public static final String BASE_URL = System.getProperty("chidao.baseUrl", "http://localhost:9180");
    private final String base = BASE_URL;
    private final HttpClient http;
    private final String authorization;
    private String language = "vi";
    private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

    private Api(String user, String password, boolean cookies) {
        this(user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)), cookies);
    }

    private Api(String authorization, boolean cookies) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER);
        if (cookies) {
            builder.cookieHandler(new CookieManager());
        }
        this.http = builder.build();
        this.authorization = authorization;
    }

    /** A program using a personal API token. */
    public static Api withToken(String token) {
        return new Api("Bearer " + token, false);
    }

    public static Api as(String user) {
        return new Api(user, DEMO_PASSWORD, false);
    }

    public static Api as(String user, String password) {
        return new Api(user, password, false);
    }

    public static Api anonymous() {
        return new Api(null, null, false);
    }

    /** A browser-like client: keeps cookies, sends no Authorization header. */
    public static Api browser() {
        return new Api(null, null, true);
    }

    /** Sends {@code name: value} with every request from now on (a page's script sends X-Requested-With). */
    public Api always(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Api inEnglish() {
        language = "en";
        return this;
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Reply patch(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A multipart/form-data upload: text fields, then one file part named "file". */
    public Reply upload(String path, String fileName, byte[] content, String... namesAndValues) {
        return multipart("POST", path, fileName, content, namesAndValues);
    }

    /** The same as {@link #upload}, replacing what is at {@code path} (PUT). */
    public Reply uploadReplacing(String path, String fileName, byte[] content) {
        return multipart("PUT", path, fileName, content);
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** A DELETE with a JSON body (switching a second factor off names the password and a code). */
    public Reply delete(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private Reply multipart(String method, String path, String fileName, byte[] content, String... namesAndValues) {
        String boundary = "----chidao" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        try {
            for (int i = 0; i < namesAndValues.length; i += 2) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + namesAndValues[i] + "\"\r\n\r\n"
                        + namesAndValues[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply postWith(String path, String json, String header, String value) {
        return send(request(path).header("Content-Type", "application/json").header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A form post as a page of {@code origin} would send it (browsers name the page's origin). */
    public Reply postFormFrom(String origin, String path, String... namesAndValues) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(form(namesAndValues))));
    }

    public Reply postForm(String path, String... namesAndValues) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(namesAndValues))));
    }

    private static String form(String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", language);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Reply(HttpResponse<String> response) {
        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
