namespace Catalogue.Export;

/// <summary>How a paragraph of a slide looks; each style has its size and spacing in <see cref="SlideLayouts"/>.</summary>
internal enum TextStyle { Lead, Facts, Heading, Bullet, Step, Reference }

/// <summary>A paragraph of a slide; a step carries its number, so numbering goes on across a continuation slide.</summary>
internal sealed record SlideText(string Text, TextStyle Style, int Number = 0);

/// <summary>What one slide says, before it is fitted: a title slide has a subtitle, a content slide a body.</summary>
/// <param name="Colour">The band at the top, as RGB hex: a practice's dimension, a capability's or a case's colour.</param>
internal sealed record SlideContent(string Title, IReadOnlyList<SlideText> Body, string Colour, string? Subtitle = null)
{
    public bool IsTitleSlide => Subtitle is not null;
}

/// <summary>A slide fitted to the page: its content, possibly a part of a longer one, the scale its body is set at and its title's size.</summary>
internal sealed record FittedSlide(SlideContent Content, double Scale, double TitleSize);
