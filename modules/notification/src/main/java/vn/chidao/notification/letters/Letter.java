package vn.chidao.notification.letters;

/** A notice written out for one reader: the subject, the plain text and the HTML of the same words. */
public record Letter(String subject, String text, String html) {
}
