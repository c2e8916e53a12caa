using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Catalogue.Rendering;

/// <summary>Renders theme components to HTML strings with ASP.NET Core's HtmlRenderer, outside any web app.</summary>
public sealed class ComponentRenderer : IAsyncDisposable
{
    /// <summary>
    /// HtmlRenderer keeps every component it has rendered until it is disposed, so one renderer kept for
    /// a whole build holds every page in memory; a fresh one every so many pages lets them go.
    /// </summary>
    private const int PagesPerRenderer = 64;

    private readonly ServiceProvider _services;
    private HtmlRenderer _renderer;
    private int _rendered;

    public ComponentRenderer()
    {
        _services = new ServiceCollection().AddLogging().BuildServiceProvider();
        _renderer = NewRenderer();
    }

    public Task<string> RenderAsync<TComponent>(IReadOnlyDictionary<string, object?> parameters) where TComponent : IComponent =>
        RenderAsync(typeof(TComponent), parameters);

    public async Task<string> RenderAsync(Type component, IReadOnlyDictionary<string, object?> parameters)
    {
        if (++_rendered % PagesPerRenderer == 0)
        {
            await _renderer.DisposeAsync();
            _renderer = NewRenderer();
        }
        var renderer = _renderer;
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync(component, ParameterView.FromDictionary(parameters.ToDictionary()));
            return "<!DOCTYPE html>\n" + VoidElements.Unclose(output.ToHtmlString());
        });
    }

    private HtmlRenderer NewRenderer() => new(_services, _services.GetRequiredService<ILoggerFactory>());

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }
}
