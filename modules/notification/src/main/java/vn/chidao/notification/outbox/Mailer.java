package vn.chidao.notification.outbox;

import java.util.Properties;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sends one message through the SMTP server of {@code config/server.xml} (SMTP_HOST, SMTP_PORT, …). */
@ApplicationScoped
public class Mailer {

    @Inject
    @ConfigProperty(name = "SMTP_HOST", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "SMTP_PORT", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "SMTP_STARTTLS", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "SMTP_USER", defaultValue = " ")
    String user;

    @Inject
    @ConfigProperty(name = "SMTP_PASSWORD", defaultValue = " ")
    String password;

    @Inject
    @ConfigProperty(name = "MAIL_FROM", defaultValue = "Chỉ Đạo <chidao@localhost>")
    String from;

    private Session session;

    private synchronized Session session() {
        if (session == null) {
            Properties properties = new Properties();
            properties.put("mail.smtp.host", host);
            properties.put("mail.smtp.port", String.valueOf(port));
            properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
            properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
            properties.put("mail.smtp.connectiontimeout", "5000");
            properties.put("mail.smtp.timeout", "15000");
            properties.put("mail.smtp.writetimeout", "15000");
            properties.put("mail.mime.charset", "UTF-8");
            boolean authenticated = !user.isBlank();
            properties.put("mail.smtp.auth", String.valueOf(authenticated));
            session = authenticated ? Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.strip(), password.strip());
                }
            }) : Session.getInstance(properties);
        }
        return session;
    }

    /** One SMTP connection for a round of messages, opened at the first one and closed with the round. */
    public Connection connection() {
        return new Connection();
    }

    public final class Connection implements AutoCloseable {
        private Transport transport;

        void send(MimeMessage message) throws MessagingException {
            if (transport == null || !transport.isConnected()) {
                transport = session().getTransport("smtp");
                transport.connect();
            }
            transport.sendMessage(message, message.getAllRecipients());
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException ignored) {
                    // the server went away: nothing left to close
                }
            }
        }
    }

    /**
     * The configured sender with its name encoded (RFC 2047): "Chỉ Đạo" sent as raw UTF-8 in a header reaches a server
     * without SMTPUTF8 as "Ch��� �����o".
     */
    InternetAddress sender() throws MessagingException {
        InternetAddress parsed = new InternetAddress(from, true);
        if (parsed.getPersonal() == null) {
            return parsed;
        }
        try {
            return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), "UTF-8");
        } catch (java.io.UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public void send(Connection connection, String to, String subject, String text, String html, Attachment attachment)
            throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(sender());
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        // setSubject encodes the text (RFC 2047); Letters already made it one line, so it cannot carry headers.
        message.setSubject(subject, "UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setContent(html, "text/html; charset=UTF-8");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(rich);
        if (attachment == null) {
            message.setContent(alternative);
        } else {
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.mediaType())));
            file.setFileName(attachment.fileName());
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            mixed.addBodyPart(file);
            message.setContent(mixed);
        }
        message.saveChanges();
        connection.send(message);
    }

    public record Attachment(String fileName, String mediaType, byte[] content) {
    }
}
