package vn.chidao.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/** A file sent as the answer to a page's button, in place of the page. */
final class Downloads {

    private Downloads() {
    }

    static void send(String mediaType, String fileName, byte[] content) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext response = faces.getExternalContext();
        response.responseReset();
        response.setResponseContentType(mediaType);
        response.setResponseContentLength(content.length);
        response.setResponseHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        // tells PrimeFaces.monitorDownload on the page that the file has arrived (it hides "making the report…")
        String viewId = faces.getViewRoot().getViewId();
        response.addResponseCookie("primefaces.download" + viewId.substring(0, viewId.lastIndexOf('.')).replace('/', '_'),
                "true", Map.of("path", response.getRequestContextPath().isEmpty() ? "/" : response.getRequestContextPath()));
        try {
            response.getResponseOutputStream().write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
