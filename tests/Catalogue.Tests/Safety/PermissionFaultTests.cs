namespace Catalogue.Tests.Safety;

/// <summary>
/// Folders and files the user may not write or read, met as a user meets them: the commands run as
/// <see cref="UnprivilegedUser"/>, since root is stopped by no permission. Each fault is one line with the
/// option to change, a documented exit code, and the user's folder exactly as it was.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PermissionFaultTests : IAsyncLifetime
{
    private UserFolder? _folder;

    private UserFolder Folder => _folder!;

    public async Task InitializeAsync()
    {
        if (UnprivilegedUser.SkipReason is not null) return;
        _folder = await UserFolder.CreateAsync();
        _folder.GiveToUnprivilegedUser();
    }

    /// <summary>Takes the rights in <paramref name="mode"/> from the user on a path of the folder, runs the command, gives them back.</summary>
    /// <returns>The lines on stderr, after checking the exit code, that no stack trace shows and that nothing changed.</returns>
    private async Task<IReadOnlyList<string>> RefusedAsync(int exitCode, string locked, UnixFileMode mode, params string[] args)
    {
        var path = Path.Combine(Folder.Project, locked);
        // The snapshot holds .git too; git itself would refuse a repository another user owns.
        var before = Folder.Snapshot();
        var was = File.GetUnixFileMode(path);
        File.SetUnixFileMode(path, mode);
        CatalogueProcess.Outcome run;
        try
        {
            run = await Folder.RunUnprivilegedAsync(args);
        }
        finally
        {
            File.SetUnixFileMode(path, was);
        }
        Assert.True(run.ExitCode == exitCode, $"exit {run.ExitCode}, not {exitCode}:\n{run.Errors}{run.Output}");
        Assert.False(new CliRun(run.ExitCode, run.Output, run.Errors).ShowsAStackTrace, run.Errors);
        Assert.Equal(before, Folder.Snapshot());
        return CliRun.Lines(run.Errors).ToList();
    }

    private const UnixFileMode ReadOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    [UnprivilegedFact]
    public async Task A_build_into_a_folder_the_user_cannot_write_is_one_line_and_the_environment_exit_code()
    {
        var line = Assert.Single(await RefusedAsync(3, "empty", ReadOnlyFolder, "build", "--output", "empty/site", "--no-search"));
        Assert.StartsWith("Cannot write the site to empty/site (", line);
        Assert.Contains("denied", line);
        Assert.EndsWith("choose a folder you can write with --output, or free some space. empty/site was left as it was.", line);
    }

    /// <summary>The new site is staged beside the old one; a project folder the user cannot write leaves no room to stage, and the old site stands.</summary>
    [UnprivilegedFact]
    public async Task A_rebuild_that_cannot_stage_beside_the_earlier_site_leaves_that_site_as_it_was()
    {
        var line = Assert.Single(await RefusedAsync(3, ".", ReadOnlyFolder, "build", "--output", "_site", "--no-search"));
        Assert.StartsWith("Cannot write the site to _site (", line);
        Assert.EndsWith("_site was left as it was.", line);
    }

    [UnprivilegedFact]
    public async Task A_preview_into_a_folder_the_user_cannot_write_is_one_line_and_the_environment_exit_code()
    {
        var line = Assert.Single(await RefusedAsync(3, "empty", ReadOnlyFolder, "serve", "--output", "empty/preview", "--port", "0", "--no-search"));
        Assert.StartsWith("Cannot write the preview to empty/preview (", line);
        Assert.EndsWith("choose a folder you can write with --output.", line);
    }

    [UnprivilegedFact]
    public async Task A_deck_into_a_folder_the_user_cannot_write_is_one_line_and_the_environment_exit_code()
    {
        var line = Assert.Single(await RefusedAsync(3, "empty", ReadOnlyFolder, "export", "deck", "--practices", "co-design", "--out", "empty/deck.pptx"));
        Assert.StartsWith("catalogue export deck: cannot write empty/deck.pptx (", line);
        Assert.EndsWith("choose a file in a folder you can write with --out.", line);
    }

    [UnprivilegedFact]
    public async Task A_new_entry_in_a_folder_the_user_cannot_write_is_one_line_and_the_environment_exit_code()
    {
        var line = Assert.Single(await RefusedAsync(3, "content/cases", ReadOnlyFolder, "new", "case", "Acme two"));
        Assert.StartsWith("catalogue new: cannot write the new file (", line);
        Assert.Contains("acme-two.md", line);
        Assert.EndsWith("make the content folder writable, or choose one you can write with --content.", line);
    }

    /// <summary>A file the user cannot read is a content error at that file: check names it, and the build writes nothing.</summary>
    [UnprivilegedFact]
    public async Task An_entry_the_user_cannot_read_is_an_error_at_its_file()
    {
        foreach (var command in new[] { ["check"], new[] { "build", "--no-search" } })
        {
            var lines = await RefusedAsync(1, "content/practices/co-design.md", UnixFileMode.None, command);
            var error = Assert.Single(lines, l => l.Contains(": error ", StringComparison.Ordinal));
            Assert.StartsWith("content/practices/co-design.md:1:1: error CAT001: cannot read the file: ", error);
        }
    }

    public Task DisposeAsync()
    {
        _folder?.Dispose();
        return Task.CompletedTask;
    }
}
