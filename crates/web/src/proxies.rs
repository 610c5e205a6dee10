//! The client address behind reverse proxies. `X-Forwarded-For` is believed only when the peer
//! that connected is one of the configured trusted proxies; the client is then the rightmost
//! address of the header that is not itself a trusted proxy (a client can write anything on
//! the left). With no trusted proxy configured, the header is ignored.

use std::net::IpAddr;

/// An address or a network (`10.0.0.0/8`, `::1`, `2001:db8::/32`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Network {
    addr: IpAddr,
    prefix: u8,
}

impl Network {
    /// Parses `addr` or `addr/prefix`.
    pub fn parse(text: &str) -> Option<Network> {
        let (addr, prefix) = match text.trim().split_once('/') {
            Some((a, p)) => (a.parse::<IpAddr>().ok()?, Some(p.parse::<u8>().ok()?)),
            None => (text.trim().parse::<IpAddr>().ok()?, None),
        };
        let max = if addr.is_ipv4() { 32 } else { 128 };
        let prefix = prefix.unwrap_or(max);
        (prefix <= max).then_some(Network { addr, prefix })
    }

    /// Whether `ip` is in this network (an IPv4 address mapped in IPv6 counts as IPv4).
    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = match ip {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(IpAddr::V6(v6), IpAddr::V4),
            v4 => v4,
        };
        match (self.addr, ip) {
            (IpAddr::V4(n), IpAddr::V4(a)) => {
                let mask = u32::MAX.checked_shl(32 - u32::from(self.prefix)).unwrap_or(0);
                u32::from(n) & mask == u32::from(a) & mask
            }
            (IpAddr::V6(n), IpAddr::V6(a)) => {
                let mask = u128::MAX.checked_shl(128 - u32::from(self.prefix)).unwrap_or(0);
                u128::from(n) & mask == u128::from(a) & mask
            }
            _ => false,
        }
    }
}

/// The client's address: the peer's, or, when the peer is a trusted proxy, the rightmost
/// address of `X-Forwarded-For` that is not a trusted proxy.
pub fn client_ip(peer: Option<IpAddr>, forwarded_for: Option<&str>, trusted: &[Network]) -> Option<IpAddr> {
    let peer = peer?;
    let is_trusted = |ip: IpAddr| trusted.iter().any(|n| n.contains(ip));
    if !is_trusted(peer) {
        return Some(peer);
    }
    let hops: Vec<IpAddr> =
        forwarded_for.unwrap_or("").split(',').filter_map(|h| h.trim().parse::<IpAddr>().ok()).collect();
    Some(hops.into_iter().rev().find(|ip| !is_trusted(*ip)).unwrap_or(peer))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap_or(IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED))
    }

    #[test]
    fn forwarded_addresses_are_believed_from_trusted_proxies_only() {
        let trusted = [Network::parse("10.0.0.0/8"), Network::parse("::1")].into_iter().flatten().collect::<Vec<_>>();
        assert_eq!(trusted.len(), 2);
        // A client writing the header itself is not believed.
        assert_eq!(client_ip(Some(ip("203.0.113.9")), Some("1.2.3.4"), &trusted), Some(ip("203.0.113.9")));
        // Through the proxy: the rightmost address the proxy saw, not what the client prepended.
        assert_eq!(client_ip(Some(ip("10.1.2.3")), Some("1.2.3.4, 198.51.100.7"), &trusted), Some(ip("198.51.100.7")));
        assert_eq!(client_ip(Some(ip("10.1.2.3")), Some("198.51.100.7, 10.0.0.5"), &trusted), Some(ip("198.51.100.7")));
        assert_eq!(client_ip(Some(ip("::1")), None, &trusted), Some(ip("::1")));
        assert_eq!(client_ip(Some(ip("10.1.2.3")), Some("1.2.3.4"), &[]), Some(ip("10.1.2.3")), "none trusted");
        assert!(Network::parse("10.0.0.0/33").is_none() && Network::parse("banana").is_none());
        assert!(Network::parse("0.0.0.0/0").is_some_and(|n| n.contains(ip("8.8.8.8"))));
    }
}
