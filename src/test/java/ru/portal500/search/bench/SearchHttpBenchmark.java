package ru.portal500.search.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.search.application.AccessKeys;
import ru.portal500.search.engine.IndexedItem;
import ru.portal500.search.engine.ItemKind;
import ru.portal500.search.engine.SearchIndex;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * End-to-end latency of the search over HTTP, the way a browser or an integration meets it: {@code GET
 * /api/public/search?q=…} (top 10, facet counts over every dimension, highlighted title and snippets, the
 * permission filter) against a running portal whose index holds {@value #DEFAULT_ITEMS} items of realistic length
 * (about {@value SearchBenchmark#WORDS} words each, the seeds' vocabulary: {@link BenchCorpus}). Target: p95 under
 * 100 ms on this machine. Baseline in the same run, request for request: {@code GET /api/me} with the same token
 * (JAX-RS, the bearer-token check and JSON, no search), reported as a ratio.
 *
 * <h2>How the index gets 100,000 items without 100,000 database rows</h2>
 * The index is derived data that the portal opens as it finds it: at start-up {@code SearchEngine} opens
 * {@code portal.index.dir} (default {@code <portal.data.dir>/portal/index}), checks every file's checksum, and
 * {@code SearchStartup} rebuilds from the database <em>only</em> when the index is missing or corrupt. So the
 * {@code prepare} step writes the items offline with {@link SearchIndex} — the engine the portal runs — into a
 * data folder of its own before the portal starts on it: half are practices of the bank (public, 8 regions), half
 * schools' documents of the same regions (keys of their school, municipality and region, as
 * {@link AccessKeys#ofSchool} gives them; demo region 64 has its share). Their ids name no database row, which no
 * search needs (hits come from the index); an operator's "rebuild" would replace them with the database's items.
 *
 * <h2>Steps</h2>
 * <pre>
 * # 1. the index, offline (under 2 minutes here, 1.6 GB; refuses a folder that already holds an index)
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ru.portal500.search.bench.SearchHttpBenchmark -Dexec.args="prepare target/search-http-bench"
 * # 2. the portal on that data folder (fresh MariaDB and Keycloak there; ports 8080, 8180, 9180, 3307, 3025 free)
 * mvn -Prun -Dportal.data.dir=target/search-http-bench
 * # 3. in another terminal, once it says it is ready: the measurement
 * mvn -q exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ru.portal500.search.bench.SearchHttpBenchmark -Dexec.args="measure http://localhost:8080"
 * # 4. Ctrl-C the portal; rm -r target/search-http-bench (or only its portal/index, to prepare again)
 * </pre>
 * The measurement makes {@value #ROUNDS} rounds of {@value SearchBenchmark#QUERIES} queries (the mix of
 * {@link SearchBenchmark}: runs of the corpus' words, one in ten an abbreviation), after a warm-up round, one
 * request at a time, each search followed or preceded (alternately) by its baseline request; twice: as a visitor
 * (no token: the public items, half the index) and as region 64's operator (bearer token: the public items and
 * region 64's documents; the token check is part of the cost). It prints the load average before and after.
 */
public final class SearchHttpBenchmark {

    static final int DEFAULT_ITEMS = 100_000;
    static final int ROUNDS = 3;
    static final String[] REGIONS = {"64", "23", "77", "50", "16", "02", "66", "54"};
    static final int MUNICIPALITIES_PER_REGION = 5;
    static final int SCHOOLS_PER_MUNICIPALITY = 12;
    static final String[] DOCUMENT_TYPES = {"CONCEPT", "MEDIUM_TERM_PROGRAMME", "ANTIRISK_PROGRAMME", "ROADMAP",
            "SELF_EVALUATION", "NETWORK_AGREEMENT"};
    static final String[] DOCUMENT_STATES = {"DRAFT", "SUBMITTED", "RETURNED", "APPROVED"};
    static final String[] LEVELS = {"PRIMARY", "BASIC", "SECONDARY", "ALL"};
    static final String[] SOURCES = {"CONTEST_WINNER", "EXPERT_PICK", "COORDINATOR_PICK"};
    static final String[] SUBJECTS = {"математика", "русский язык", "физика", "история", "биология", "чтение"};

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "measure";
        switch (mode) {
            case "prepare" -> prepare(Path.of(args.length > 1 ? args[1] : "target/search-http-bench"),
                    Integer.getInteger("bench.items", DEFAULT_ITEMS));
            case "measure" -> measure(args.length > 1 ? args[1] : "http://localhost:8080",
                    args.length > 2 ? args[2] : "http://localhost:8180/realms/portal500");
            default -> throw new IllegalArgumentException("prepare <data folder> | measure <portal url> [issuer]");
        }
    }

    /** Writes the items into {@code <dataFolder>/portal/index}, where the portal started on that folder looks. */
    static void prepare(Path dataFolder, int items) throws IOException {
        Path index = dataFolder.resolve("portal").resolve("index").toAbsolutePath();
        if (Files.exists(index)) {
            try (Stream<Path> content = Files.list(index)) {
                if (content.findAny().isPresent()) {
                    throw new IllegalStateException(index + " is not empty: remove it first (with the portal stopped)");
                }
            }
        }
        BenchCorpus corpus = new BenchCorpus();
        long started = System.nanoTime();
        try (SearchIndex engine = SearchIndex.open(index)) {
            for (int n = 0; n < items; n++) {
                engine.upsert(item(corpus, n));
                if ((n + 1) % 10_000 == 0) {
                    System.out.printf("  %,d items (%.0f s)%n", n + 1, (System.nanoTime() - started) / 1e9);
                }
            }
            engine.commit();
            System.out.printf("%,d items in %s (%,d MB) in %.0f s; the portal started on %s will search them%n",
                    engine.itemCount(), index, size(index) >> 20, (System.nanoTime() - started) / 1e9, dataFolder);
        }
    }

    /** Item {@code n}: even numbers a practice of the bank, odd ones a school's document, over 8 regions. */
    static IndexedItem item(BenchCorpus corpus, int n) {
        Random random = new Random(500L + n);
        String title = corpus.title(random);
        String text = corpus.text(random, SearchBenchmark.WORDS - 200 + random.nextInt(400));
        String region = REGIONS[(n / 2) % REGIONS.length]; // each region has practices and documents
        String municipality = region.equals("64") && random.nextBoolean() ? "atkarsky" : "m" + random.nextInt(MUNICIPALITIES_PER_REGION);
        String school = municipality.equals("atkarsky") ? "atk-" + (1 + random.nextInt(3))
                : "s" + random.nextInt(SCHOOLS_PER_MUNICIPALITY);
        LocalDate date = LocalDate.of(2021, 9, 1).plusDays(random.nextInt(1500));
        Set<Integer> factors = new HashSet<>(List.of(1 + random.nextInt(10), 1 + random.nextInt(10)));
        IndexedItem.Builder item;
        if (n % 2 == 0) {
            item = IndexedItem.builder("practice:" + (1_000_000 + n), ItemKind.PRACTICE)
                    .status(SOURCES[random.nextInt(SOURCES.length)]).level(LEVELS[random.nextInt(LEVELS.length)])
                    .subject(SUBJECTS[random.nextInt(SUBJECTS.length)]).accessKeys(Set.of(AccessKeys.PUBLIC));
        } else {
            item = IndexedItem.builder("document:" + (1_000_000 + n), ItemKind.DOCUMENT)
                    .campaignYear(2022 + random.nextInt(5)).documentType(DOCUMENT_TYPES[random.nextInt(DOCUMENT_TYPES.length)])
                    .status(DOCUMENT_STATES[random.nextInt(DOCUMENT_STATES.length)])
                    .accessKeys(AccessKeys.ofSchool(region, municipality, school));
        }
        return item.title(title).text(text).date(date).region(region).municipality(municipality)
                .school(school, "МБОУ «СОШ № " + (1 + random.nextInt(40)) + "»").riskFactors(factors).build();
    }

    static void measure(String portal, String issuer) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Token token = new Token(http, issuer);
        List<String> queries = SearchBenchmark.queries(new BenchCorpus());
        System.out.printf("load average before: %s%n", loadAverage());
        System.out.printf("items a search may find (an empty query counts them): visitor %,d, region 64's operator %,d%n",
                json(get(http, portal + "/api/public/search?q=&limit=1", null)).getJsonNumber("total").longValue(),
                json(get(http, portal + "/api/public/search?q=&limit=1", token.current())).getJsonNumber("total").longValue());
        series(http, portal, queries, null, token, "visitor (no token)");
        series(http, portal, queries, token, token, "region 64's operator (bearer token)");
        System.out.printf("load average after: %s%n", loadAverage());
    }

    private static void series(HttpClient http, String portal, List<String> queries, Token searchToken,
                               Token baselineToken, String who) throws Exception {
        long[] search = new long[queries.size() * ROUNDS];
        long[] baseline = new long[queries.size() * ROUNDS];
        long hits = 0;
        for (int round = -1; round < ROUNDS; round++) { // one warm-up round
            for (int q = 0; q < queries.size(); q++) {
                String url = portal + "/api/public/search?q=" + URLEncoder.encode(queries.get(q), StandardCharsets.UTF_8);
                boolean searchFirst = (q + round) % 2 == 0;
                long[] pair = new long[2];
                for (int side = 0; side < 2; side++) {
                    boolean isSearch = (side == 0) == searchFirst;
                    long t = System.nanoTime();
                    String body = isSearch ? get(http, url, searchToken == null ? null : searchToken.current())
                            : get(http, portal + "/api/me", baselineToken.current());
                    pair[isSearch ? 0 : 1] = System.nanoTime() - t;
                    if (isSearch && round >= 0) {
                        hits += json(body).getJsonArray("hits").size();
                    }
                }
                if (round >= 0) {
                    search[round * queries.size() + q] = pair[0];
                    baseline[round * queries.size() + q] = pair[1];
                }
            }
        }
        double p95 = SearchBenchmark.percentile(search, 95);
        double baseP95 = SearchBenchmark.percentile(baseline, 95);
        System.out.printf("%s, %d queries × %d rounds, top 10 with facets and highlighting (%,d hits shown):%n",
                who, queries.size(), ROUNDS, hits);
        System.out.printf("  GET /api/public/search: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms — target p95 < 100 ms: %s%n",
                SearchBenchmark.percentile(search, 50), p95, SearchBenchmark.percentile(search, 99),
                p95 < 100 ? "met" : "NOT MET");
        System.out.printf("  GET /api/me (baseline): p50 %.1f ms, p95 %.1f ms; p95 ratio %.1f×%n",
                SearchBenchmark.percentile(baseline, 50), baseP95, p95 / baseP95);
    }

    private static String get(HttpClient http, String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** Region 64's operator's access token: it lives 5 minutes, so a new one is asked for after 4. */
    private static final class Token {
        private final HttpClient http;
        private final String issuer;
        private String value;
        private long fetchedAt;

        Token(HttpClient http, String issuer) {
            this.http = http;
            this.issuer = issuer;
        }

        String current() throws Exception {
            if (value == null || System.nanoTime() - fetchedAt > Duration.ofMinutes(4).toNanos()) {
                value = token(http, issuer);
                fetchedAt = System.nanoTime();
            }
            return value;
        }
    }

    private static String token(HttpClient http, String issuer) throws Exception {
        String form = "grant_type=password&client_id=portal-api&client_secret=portal-api-demo-secret&username=operator"
                + "&password=" + URLEncoder.encode(DemoUsers.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return json(response.body()).getString("access_token");
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static String loadAverage() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return String.join(" ", Arrays.copyOf(parts, 3));
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private SearchHttpBenchmark() {
    }
}
