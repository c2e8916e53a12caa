using System.Diagnostics;

namespace Catalogue.Tests;

/// <summary>git in a test's temporary folder, with chosen authors and dates and none of the machine's configuration.</summary>
public static class TestGit
{
    public static void Init(string directory) => Run(directory, "init", "-q", "-b", "main");

    /// <summary>Commits everything in the folder as the given author, at the given time (ISO 8601).</summary>
    public static void Commit(string directory, string author, string date, string message)
    {
        Run(directory, "add", "-A");
        var who = new Dictionary<string, string>
        {
            ["GIT_AUTHOR_NAME"] = author, ["GIT_AUTHOR_EMAIL"] = "author@example.org", ["GIT_AUTHOR_DATE"] = date,
            ["GIT_COMMITTER_NAME"] = author, ["GIT_COMMITTER_EMAIL"] = "author@example.org", ["GIT_COMMITTER_DATE"] = date,
        };
        Git(directory, who, ["commit", "-q", "-m", message]);
    }

    public static string Run(string directory, params string[] args) => Git(directory, new Dictionary<string, string>(), args);

    private static string Git(string directory, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEndAsync();
        var errors = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', args)} failed: {errors}");
        return output.Result;
    }
}
