using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Catalogue.Rendering;

/// <summary>
/// Renders theme components to HTML pages with ASP.NET Core's HtmlRenderer, outside any web app. One per
/// rendering thread: it reuses its buffers from page to page.
/// </summary>
internal sealed class ComponentRenderer : IAsyncDisposable
{
    /// <summary>
    /// HtmlRenderer keeps every component it has rendered until it is disposed, so one renderer kept for
    /// a whole build holds every page in memory; a fresh one every so many pages, or after a page as big
    /// as a list of the whole catalogue, lets them go.
    /// </summary>
    private const int PagesPerRenderer = 64;
    private const int BigPage = 256 * 1024;

    private const string Doctype = "<!DOCTYPE html>\n";

    private readonly ServiceProvider _services;
    private HtmlRenderer _renderer;
    private int _rendered;
    private readonly StringBuilder _html = new(64 * 1024);
    private char[] _chars = new char[64 * 1024];
    private byte[] _bytes = new byte[192 * 1024];

    public ComponentRenderer()
    {
        _services = new ServiceCollection().AddLogging().BuildServiceProvider();
        _renderer = NewRenderer();
    }

    /// <summary>The page as UTF-8; the memory is overwritten by the next page this renderer draws.</summary>
    public async Task<ReadOnlyMemory<byte>> RenderAsync(Type component, IReadOnlyDictionary<string, object?> parameters)
    {
        var renderer = _renderer;
        _html.Clear().Append(Doctype);
        await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync(component, ParameterView.FromDictionary(parameters as IDictionary<string, object?> ?? parameters.ToDictionary()));
            using var writer = new StringWriter(_html);
            output.WriteHtmlTo(writer);
        });
        if (_chars.Length < _html.Length) _chars = new char[Math.Max(_html.Length, _chars.Length * 2)];
        _html.CopyTo(0, _chars, _html.Length);
        var length = VoidElements.WriteUtf8(_chars.AsSpan(0, _html.Length), ref _bytes);
        if (++_rendered >= PagesPerRenderer || _html.Length > BigPage)
        {
            _rendered = 0;
            await _renderer.DisposeAsync();
            _renderer = NewRenderer();
        }
        return _bytes.AsMemory(0, length);
    }

    private HtmlRenderer NewRenderer() => new(_services, _services.GetRequiredService<ILoggerFactory>());

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }
}
