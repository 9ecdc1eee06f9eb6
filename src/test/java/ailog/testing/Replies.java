package ailog.testing;

/** What a reply says, as a person reads it: the JSON escapes Gson writes for quotes undone. */
public final class Replies {
    private Replies() {}

    public static String readable(SignedRequests.SlackResponse response) {
        return response.body().replace("\\u0027", "'").replace("\\u003c", "<").replace("\\u003e", ">")
                .replace("\\u0026", "&");
    }
}
