package io.containerbuild.osbs.koji;

import io.containerbuild.osbs.config.KojiAccount;
import io.containerbuild.wire.ClientOptions;
import io.containerbuild.wire.XmlRpcKojiSession;
import java.time.Duration;

/** Opens logged-in sessions with a hub as the content-generator account. */
public final class KojiConnector {

    private static final Duration CONNECT = Duration.ofSeconds(30);
    private static final Duration REPLY = Duration.ofMinutes(30);

    private final KojiAccount account;

    public KojiConnector(KojiAccount account) {
        this.account = account;
    }

    public KojiAccount account() {
        return account;
    }

    /** A session for calls. */
    public KojiHub login() {
        XmlRpcKojiSession session = XmlRpcKojiSession.open(ClientOptions.of(account.hubUrl()).withTimeouts(CONNECT, REPLY));
        session.login(account.user(), account.password());
        return new KojiHub(session);
    }

    /** A second session, for uploads only. */
    public KojiUploader uploader() {
        XmlRpcKojiSession session = XmlRpcKojiSession.open(ClientOptions.of(account.hubUrl()).withTimeouts(CONNECT, REPLY));
        return new KojiUploader(account.hubUrl(), session.login(account.user(), account.password()));
    }
}
