using System.Net;
using Catalogue.Serve;

namespace Catalogue.Tests.Safety;

/// <summary>`serve --host` listens on exactly the address named, and on loopback unless one is.</summary>
public sealed class ServeHostTests
{
    [Theory]
    [InlineData("[::1]")]
    [InlineData("127.0.0.1 ")]
    [InlineData(" 127.0.0.1")]
    [InlineData("127.0.0.1:9")]
    [InlineData("256.1.1.1")]
    [InlineData("not a host")]
    [InlineData("127.1")]
    [InlineData("1")]
    [InlineData("fe80::1%eth0")]
    [InlineData("example.org")]
    [InlineData("")]
    public async Task An_address_that_is_not_one_is_bad_usage_and_nothing_listens(string host)
    {
        using var catalogue = new TestCatalogue();

        var run = await CliRun.InProcessAsync("serve", "--content", catalogue.Content, "--output", Path.Combine(catalogue.Root, "_preview"), "--host", host, "--port", "0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--host '{host}' is not an address to listen on; give an IP address such as 127.0.0.1 or ::1 (without brackets), or localhost.", run.Errors);
        Assert.False(run.ShowsAStackTrace);
        Assert.False(Directory.Exists(Path.Combine(catalogue.Root, "_preview")));
    }

    [Theory]
    [InlineData("127.0.0.1", "127.0.0.1")]
    [InlineData("localhost", "127.0.0.1")]
    [InlineData("::1", "::1")]
    [InlineData("0.0.0.0", "0.0.0.0")]
    [InlineData("::", "::")]
    [InlineData("192.168.1.20", "192.168.1.20")]
    public void A_written_out_address_or_localhost_is_read_as_itself(string host, string expected)
    {
        Assert.True(ListenAddress.TryParse(host, out var address));
        Assert.Equal(IPAddress.Parse(expected), address);
    }

    [Theory]
    [InlineData("0.0.0.0", "every network interface")]
    [InlineData("::", "every network interface")]
    [InlineData("192.168.1.20", "192.168.1.20")]
    public void A_preview_other_machines_can_reach_says_so(string host, string where)
    {
        Assert.Equal($"Listening on {where}: anyone who can reach this machine over the network can read the preview.",
            ListenAddress.Exposure(IPAddress.Parse(host)));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.2")]
    [InlineData("::1")]
    public void A_loopback_preview_says_nothing_of_the_network(string host) => Assert.Null(ListenAddress.Exposure(IPAddress.Parse(host)));

    [Theory]
    [InlineData("-1")]
    [InlineData("65536")]
    [InlineData("99999")]
    public async Task A_port_out_of_range_is_bad_usage(string port)
    {
        var run = await CliRun.InProcessAsync("serve", "--port", port);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--port {port} is not a port; give a number from 0 to 65535.", run.Errors);
    }

    [Fact]
    public async Task The_server_listens_on_loopback_unless_told_otherwise()
    {
        var site = Directory.CreateTempSubdirectory("catalogue-site-").FullName;
        try
        {
            await using var server = await SiteServer.StartAsync(new SiteServerOptions(site));
            Assert.StartsWith("http://127.0.0.1:", server.Address);
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }
    }

    [Fact]
    public async Task An_address_this_machine_does_not_have_is_one_line_and_the_environment_exit_code()
    {
        using var catalogue = new TestCatalogue();

        // 192.0.2.1 is reserved for documentation (RFC 5737): no machine has it, and binding sends nothing.
        var run = await CliRun.InProcessAsync("serve", "--content", catalogue.Content, "--output", Path.Combine(catalogue.Root, "_preview"), "--host", "192.0.2.1", "--port", "0");

        Assert.Equal(3, run.ExitCode);
        var line = Assert.Single(CliRun.Lines(run.Errors));
        Assert.StartsWith("Cannot listen on 192.0.2.1:0 (", line);
        Assert.EndsWith("choose another port with --port, or an address of this machine with --host.", line);
        Assert.False(run.ShowsAStackTrace);
    }
}
