import { describe, expect, it } from 'vitest';
import { parseAddress, recognisePlatform } from '../../../src/detect/platforms';

const platformOf = (url: string) => recognisePlatform(parseAddress(url));

describe('recognisePlatform', () => {
  it.each([
    ['https://nhs.sharepoint.com/sites/RX1_Oncology/SitePages/Plan.aspx', 'SharePoint page'],
    ['https://nhs.sharepoint.com/sites/msteams_af07eb/SitePages/Home.aspx', 'SharePoint page'],
    ['https://uhsnhs.sharepoint.com/teams/Finance', 'SharePoint site'],
    ['https://nhs-my.sharepoint.com/personal/jo_bloggs_nhs_net/Documents', 'OneDrive'],
    [
      'https://nhs.sharepoint.com/sites/X/Shared%20Documents/Forms/AllItems.aspx',
      'SharePoint document library',
    ],
    ['https://usc-word-edit.officeapps.live.com/we/wordeditorframe.aspx', 'Word for the web'],
    [
      'https://nhs.sharepoint.com/:x:/r/sites/X/_layouts/15/Doc.aspx?sourcedoc={A}&action=edit',
      'Office for the web',
    ],
    ['https://teams.microsoft.com/l/meetup-join/19%3ameeting', 'Microsoft Teams'],
    ['https://loop.cloud.microsoft/p/eyJ1Ijoi', 'Microsoft Loop'],
    ['https://forms.office.com/Pages/ResponsePage.aspx?id=abc', 'Microsoft Forms'],
    ['https://docs.google.com/document/d/1abc/edit', 'Google Docs'],
    ['https://example.atlassian.net/wiki/spaces/KEY/pages/1/Title', 'Confluence'],
    ['https://future.nhs.uk/NHSgenomics/view?objectId=123', 'FutureNHS workspace'],
    ['https://padlet.com/someone/wall', 'Padlet'],
    ['https://ko.padlet.com/someone/wall', 'Padlet'],
    ['https://miro.com/app/board/uXjVabc=/', 'Miro board'],
    ['https://www.mentimeter.com/app/presentation/abc/edit', 'Mentimeter'],
    ['https://www.menti.com/abc123', 'Mentimeter (voting)'],
  ])('%s is %s', (url, label) => {
    expect(platformOf(url)?.label).toBe(label);
  });

  it('marks form responses and file lists as reading, not working', () => {
    expect(platformOf('https://forms.office.com/Pages/ResponsePage.aspx?id=abc')?.consuming).toBe(true);
    expect(platformOf('https://forms.office.com/Pages/DesignPageV2.aspx?id=abc')?.consuming).toBe(false);
    expect(
      platformOf('https://nhs.sharepoint.com/sites/X/Shared%20Documents/Forms/AllItems.aspx')?.consuming,
    ).toBe(true);
  });

  it('does not invent platforms for ordinary sites, and survives bad addresses', () => {
    expect(platformOf('https://www.bbc.co.uk/news')).toBeNull();
    expect(platformOf('https://notsharepoint.com.example.org/sites/x')).toBeNull();
    expect(platformOf('file:///home/user/page.html')).toBeNull();
    expect(parseAddress('::not a url::')).toEqual({ host: '', path: '', query: '' });
  });
});
