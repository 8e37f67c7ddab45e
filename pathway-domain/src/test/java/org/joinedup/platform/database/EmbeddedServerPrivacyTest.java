package org.joinedup.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded server of the tests, as anyone else on the machine or the network would find it. */
@JoinedUpTest
class EmbeddedServerPrivacyTest {

    @Autowired
    DataSource dataSource;
    @Value("${joinedup.db.embedded.data-dir}")
    Path folder;

    @Test
    void a_connection_without_the_portal_password_is_refused() {
        HikariDataSource portal = (HikariDataSource) dataSource;
        String server = serverUrl(portal);

        assertThat(refusal(server, "root", "")).as("root without a password").contains("Access denied");
        assertThat(refusal(server, portal.getUsername(), "")).as("the portal's user without a password")
                .contains("Access denied");
        assertThat(refusal(server, portal.getUsername(), "guessed-password")).as("the portal's user, wrong password")
                .contains("Access denied");
        assertThat(refusal(server, "anonymous", "")).as("any other name").contains("Access denied");
    }

    @Test
    void the_portal_account_reaches_its_own_databases_only() {
        JdbcTemplate portal = new JdbcTemplate(dataSource);

        assertThat(portal.queryForObject("select current_user()", String.class)).isEqualTo("joinedup@127.0.0.1");
        assertThatThrownBy(() -> portal.queryForObject("select count(*) from mysql.global_priv", Long.class))
                .as("the accounts table, which a server without grant tables would show")
                .rootCause().hasMessageContaining("SELECT command denied");
        assertThatThrownBy(() -> portal.execute("create database someone_elses"))
                .rootCause().hasMessageContaining("Access denied");
    }

    @Test
    void the_password_is_kept_where_only_the_owner_may_read_it() throws IOException {
        Path passwordFile = folder.resolve("portal-db.password");

        assertThat(Files.readString(passwordFile).strip()).isEqualTo(((HikariDataSource) dataSource).getPassword());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
    }

    @Test
    void the_server_listens_on_the_loopback_address_only() {
        JdbcTemplate portal = new JdbcTemplate(dataSource);

        assertThat(portal.queryForObject("select @@bind_address", String.class)).isEqualTo("127.0.0.1");
        assertThat(portal.queryForObject("select @@skip_networking", Integer.class)).isZero();
        assertThat(reachable(InetAddress.getLoopbackAddress(), port())).as("127.0.0.1").isTrue();
    }

    @Test
    void no_other_address_of_the_machine_reaches_the_server() throws SocketException {
        List<InetAddress> otherAddresses = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress())
                .toList();
        assumeThat(otherAddresses).as("this machine has an address besides loopback").isNotEmpty();

        for (InetAddress address : otherAddresses) {
            assertThat(reachable(address, port())).as(address.getHostAddress()).isFalse();
        }
    }

    private int port() {
        return URI.create(((HikariDataSource) dataSource).getJdbcUrl().substring("jdbc:".length())).getPort();
    }

    private static String serverUrl(HikariDataSource portal) {
        String url = portal.getJdbcUrl();
        return url.substring(0, url.lastIndexOf('/') + 1);
    }

    private static String refusal(String url, String user, String password) {
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return "connected as " + user;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static boolean reachable(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
