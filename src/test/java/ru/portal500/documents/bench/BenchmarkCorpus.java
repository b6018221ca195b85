package ru.portal500.documents.bench;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import ru.portal500.documents.RussianText;
import ru.portal500.documents.SampleDocuments;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/** The benchmark's documents, generated once into {@code target/} and reused by later runs. */
final class BenchmarkCorpus {

    private static final String[] KINDS = {"docx", "pdf", "txt"};

    private BenchmarkCorpus() {
    }

    /**
     * {@code count} files, a third each DOCX, PDF and plain text, of 10,000–15,000 characters of Russian
     * paragraphs, in {@code folder}.
     */
    static List<Path> bulk(Path folder, int count) throws Exception {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            files.add(folder.resolve(String.format("%05d.%s", i, KINDS[i % KINDS.length])));
        }
        List<Path> missing = files.stream().filter(f -> !Files.isRegularFile(f)).toList();
        if (!missing.isEmpty()) {
            long start = System.nanoTime();
            ExecutorService generators = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> written = new ArrayList<>();
                for (Path file : missing) {
                    written.add(generators.submit(() -> write(file)));
                }
                for (Future<?> w : written) {
                    w.get();
                }
            } finally {
                generators.shutdown();
            }
            System.out.printf("generated %,d files in %.0f s%n", missing.size(), (System.nanoTime() - start) / 1e9);
        }
        return files;
    }

    private static Void write(Path file) throws IOException {
        String name = file.getFileName().toString();
        int number = Integer.parseInt(name.substring(0, 5));
        List<String> text = RussianText.paragraphs(number, 10_000 + new Random(number).nextInt(5_000));
        byte[] content = switch (name.substring(6)) {
            case "docx" -> SampleDocuments.docx(text);
            case "pdf" -> SampleDocuments.pdf(text);
            default -> SampleDocuments.text(text);
        };
        Path part = file.resolveSibling(name + ".part");
        Files.write(part, content);
        Files.move(part, file);
        return null;
    }

    /**
     * A concept as schools send it: about 250,000 characters of text (some 80 pages) with photographs,
     * about {@code megabytes} MB in all.
     */
    static byte[] conceptWithPhotos(int megabytes) throws IOException {
        List<String> paragraphs = RussianText.paragraphs(2026, 250_000);
        Random random = new Random(500);
        try (XWPFDocument document = new XWPFDocument()) {
            int photos = 0;
            long photoBytes = 0;
            for (int i = 0; i < paragraphs.size(); i++) {
                document.createParagraph().createRun().setText(paragraphs.get(i));
                if (i % 12 == 6 && photoBytes < megabytes * 1024L * 1024) {
                    byte[] photo = photo(random);
                    XWPFRun run = document.createParagraph().createRun();
                    run.addPicture(new ByteArrayInputStream(photo), PictureType.JPEG, "photo" + (++photos) + ".jpg",
                            Units.toEMU(400), Units.toEMU(300));
                    photoBytes += photo.length;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A 1024×768 JPEG of coloured blocks and grain: it compresses as little as a photograph does. */
    private static byte[] photo(Random random) throws IOException {
        BufferedImage image = new BufferedImage(1024, 768, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int block = 0; block < 60; block++) {
            g.setColor(new Color(random.nextInt(0xffffff)));
            g.fillRect(random.nextInt(1024), random.nextInt(768), 50 + random.nextInt(300), 50 + random.nextInt(300));
        }
        g.dispose();
        for (int y = 0; y < 768; y++) {
            for (int x = 0; x < 1024; x++) {
                int grain = random.nextInt(64) - 32;
                int rgb = image.getRGB(x, y);
                image.setRGB(x, y, clamp((rgb >> 16 & 0xff) + grain) << 16 | clamp((rgb >> 8 & 0xff) + grain) << 8
                        | clamp((rgb & 0xff) + grain));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    static long totalBytes(List<Path> files) throws IOException {
        long total = 0;
        for (Path f : files) {
            total += Files.size(f);
        }
        return total;
    }

    static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
