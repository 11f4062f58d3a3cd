package vn.chidao.app.it;

import java.io.File;
import java.net.URISyntaxException;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The copy of the application that {@link InsideServerIT} runs inside: the WAR exactly as the build packaged
 * it, plus this package of tests, under its own name and context root so that it sits beside the application
 * the build deployed at {@code /}.
 */
public final class Deployments {

    static final String CONTEXT_ROOT = "/chidao-inside";

    private Deployments() {
    }

    public static WebArchive application() {
        File war = new File(System.getProperty("chidao.war", "target/chidao.war"));
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        WebArchive inside = ShrinkWrap.create(WebArchive.class, "chidao-inside.war").merge(archive);
        inside.delete("WEB-INF/ibm-web-ext.xml");
        return inside.addAsWebInfResource(new StringAsset("""
                <?xml version="1.0" encoding="UTF-8"?>
                <web-ext xmlns="http://websphere.ibm.com/xml/ns/javaee" version="1.1">
                    <context-root uri="%s"/>
                </web-ext>
                """.formatted(CONTEXT_ROOT)), "ibm-web-ext.xml")
                .addPackage(Deployments.class.getPackage())
                .addAsLibraries(jarOf(org.awaitility.Awaitility.class), jarOf(org.hamcrest.Matcher.class));
    }

    /** The jar a test library's class came from, for the tests that run inside the server. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
