package io.containerbuild.osbs.cgimport;

import io.containerbuild.osbs.koji.KojiHub;
import io.containerbuild.osbs.koji.KojiUploader;
import io.containerbuild.osbs.koji.Reservation;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Imports a build into Koji as a content generator: uploads the output files to a fresh
 * {@code koji-upload/…} directory, calls {@code CGImport} with the reservation's token.
 */
public final class ContentGeneratorImport {

    private final KojiHub hub;
    private final KojiUploader uploader;
    private final Clock clock;
    private final Consumer<String> log;

    public ContentGeneratorImport(KojiHub hub, KojiUploader uploader, Clock clock, Consumer<String> log) {
        this.hub = hub;
        this.uploader = uploader;
        this.clock = clock;
        this.log = log;
    }

    /** @return the Koji build id */
    public int run(ImportRequest request, Optional<Reservation> reservation) {
        String directory = uploadDirectory();
        for (PlatformImage image : request.images()) {
            log.accept("Uploading " + image.file().name() + " (" + image.file().size() + " bytes) to " + directory);
            uploader.upload(directory, image.file().name(), image.file().content());
        }
        Map<String, Object> metadata = CgMetadata.of(request);
        int buildId = hub.importBuild(metadata, directory, reservation.map(Reservation::token));
        log.accept("Imported " + request.nvr() + " as Koji build " + buildId);
        return buildId;
    }

    /** Like Koji's {@code unique_path('koji-upload')}: a directory no other upload uses. */
    private String uploadDirectory() {
        long millis = clock.millis();
        StringBuilder random = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            random.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return "koji-upload/" + millis / 1000 + "." + String.format("%03d", millis % 1000) + "." + random;
    }
}
