package org.joinedup.platform.throttle;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/** How addresses are counted together when requests from one place are limited. */
public final class NetworkKeys {

    private NetworkKeys() {
    }

    /**
     * IPv6 addresses count by their /64 network, since one household or attacker usually
     * has a whole /64 to choose from; IPv4 addresses count one by one.
     */
    public static String of(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
