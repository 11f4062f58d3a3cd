package vn.chidao.app.it;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the application exactly as the build packaged
 * it, plus this package of tests for those that run inside the server.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        File war = new File(System.getProperty("chidao.war", "target/chidao.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addPackage(Deployments.class.getPackage());
    }
}
