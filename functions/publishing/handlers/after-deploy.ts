/**
 * The deploy's hook (a CloudFormation custom resource, run when the site code changes): a deploy
 * never uploads a site of its own, which would be built from git alone and take back every edit
 * published since. It leaves the live site as it is and asks for a publication build instead,
 * which builds the new code with git and everything published in the table – the same overlay –
 * and queues behind a build that runs. CloudFormation's request id fixes the publication, so a
 * repeated request makes no second one.
 */
import { publishingText } from '../../../src/core/text/publishing.ts';
import { log } from '../../shared/log.ts';
import { requestPublication } from '../../shared/publishing/publications.ts';
import { publishingContext } from '../codebuild-publishing.ts';

type CustomResourceEvent = { RequestType: 'Create' | 'Update' | 'Delete'; RequestId: string };

const PHYSICAL_ID = 'publication-after-deploy';

export async function handler(event: CustomResourceEvent): Promise<{ PhysicalResourceId: string }> {
  if (event.RequestType !== 'Delete') {
    const publication = await requestPublication(publishingContext(), {
      id: `deploy-${event.RequestId.replace(/[^\w-]/g, '').slice(0, 56)}`,
      items: [],
      actor: publishingText('publish.deployActor'),
      reason: 'deploy',
    });
    log.info('publication after deploy', { publicationId: publication.id, stage: publication.stage });
  }
  return { PhysicalResourceId: PHYSICAL_ID };
}
