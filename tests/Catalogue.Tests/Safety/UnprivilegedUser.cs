using System.Diagnostics;

namespace Catalogue.Tests.Safety;

/// <summary>
/// Runs the catalogue program as a user whom file permissions bind, for the faults a user meets and root never
/// does: this run's own user when it is not root (GitHub's runners), else the user CATALOGUE_TEST_USER names,
/// 'catalogue-tester' by default, which .ci/run creates when it runs as root. Without such a user the tests
/// skip and say why; under CI=true they fail instead.
/// </summary>
public static class UnprivilegedUser
{
    public const string DefaultName = "catalogue-tester";

    public static string Name => Environment.GetEnvironmentVariable("CATALOGUE_TEST_USER") is { Length: > 0 } name ? name : DefaultName;

    private static bool IsRoot => Environment.IsPrivilegedProcess;

    /// <summary>The user's numeric ids, or null when there is no such user.</summary>
    private static readonly Lazy<(string Uid, string Gid)?> Ids = new(() =>
        Id("-u") is { } uid && Id("-g") is { } gid ? (uid, gid) : null);

    private static string Missing => $"the tests run as root, whom permissions do not stop, and there is no user '{Name}' to run the commands as "
        + $"(create one with 'useradd --system {Name}'; .ci/run does under CI=true)";

    public static string? SkipReason =>
        OperatingSystem.IsWindows() ? "these faults are of Unix file modes"
        : !IsRoot || Environment.GetEnvironmentVariable("CI") == "true" || Ids.Value is not null ? null : Missing;

    /// <summary>What starts a program as the user: nothing when this run is not root.</summary>
    public static IReadOnlyList<string> Launcher => !IsRoot ? []
        : Ids.Value is var (uid, gid) ? ["setpriv", $"--reuid={uid}", $"--regid={gid}", "--clear-groups", "--"]
        : throw new InvalidOperationException(Missing);

    /// <summary>Hands the folders to the user when this run is root, so that it owns them as a user owns their project.</summary>
    public static void Own(params string[] folders)
    {
        if (!IsRoot) return;
        var (uid, gid) = Ids.Value ?? throw new InvalidOperationException(Missing);
        foreach (var folder in folders)
            Run("chown", "-R", $"{uid}:{gid}", folder);
    }

    private static string? Id(string which)
    {
        var (exit, output) = Run("id", which, Name);
        return exit == 0 ? output.Trim() : null;
    }

    private static (int Exit, string Output) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}

/// <summary>A test of what a user without root's rights meets; see <see cref="UnprivilegedUser"/>.</summary>
public sealed class UnprivilegedFactAttribute : FactAttribute
{
    public UnprivilegedFactAttribute() => Skip = UnprivilegedUser.SkipReason;
}
