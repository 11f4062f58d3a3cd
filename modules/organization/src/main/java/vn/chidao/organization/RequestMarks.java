package vn.chidao.organization;

/** What the sign-in leaves on a request for the application's filters to act on. */
public final class RequestMarks {

    /** A change asked with the session cookie but without the header a cross-site form cannot set: to be refused (403). */
    public static final String CROSS_SITE = "chidao.crossSite";

    private RequestMarks() {
    }
}
