export const id = 580;
export const ids = [580];
export const modules = {

/***/ 7580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BedrockJobs: () => (/* binding */ BedrockJobs)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3701);

const isNotFound = (error) => error.name === 'ResourceNotFoundException';
function view(job) {
    return {
        name: job.jobName,
        arn: job.jobArn,
        status: job.status,
        stages: {
            validation: job.statusDetails?.validationDetails?.status,
            dataProcessing: job.statusDetails?.dataProcessingDetails?.status,
            training: job.statusDetails?.trainingDetails?.status,
        },
        failureMessage: job.failureMessage,
        creationTime: job.creationTime,
        endTime: job.endTime,
        customModelArn: job.outputModelArn,
        outputS3Uri: job.outputDataConfig?.s3Uri,
        hyperParameters: job.hyperParameters,
        inputs: {
            trainingUri: job.trainingDataConfig?.s3Uri,
            validationUris: (job.validationDataConfig?.validators ?? []).map((v) => v.s3Uri ?? ''),
            baseModelArn: job.baseModelArn,
            customizationType: job.customizationType,
            customizationConfig: job.customizationConfig,
            outputUri: job.outputDataConfig?.s3Uri,
            roleArn: job.roleArn,
        },
    };
}
/** The Bedrock control plane's customization jobs, as the training phase uses them. */
class BedrockJobs {
    client;
    constructor(client) {
        this.client = client;
    }
    async get(identifier) {
        try {
            return view(await this.client.send(new _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_0__/* .GetModelCustomizationJobCommand */ .Xvb({ jobIdentifier: identifier })));
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            throw error;
        }
    }
    /** Names of the jobs whose name contains `text`, over all pages. */
    async namesContaining(text) {
        const names = [];
        for await (const page of (0,_aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_0__/* .paginateListModelCustomizationJobs */ .iHO)({ client: this.client, pageSize: 100 }, { nameContains: text }))
            names.push(...(page.modelCustomizationJobSummaries ?? []).map((j) => j.jobName));
        return names;
    }
    /** How many customization jobs are InProgress in this Region, over all pages. */
    async inProgress() {
        let count = 0;
        for await (const page of (0,_aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_0__/* .paginateListModelCustomizationJobs */ .iHO)({ client: this.client, pageSize: 100 }, { statusEquals: 'InProgress' }))
            count += page.modelCustomizationJobSummaries?.length ?? 0;
        return count;
    }
    async create(input) {
        return (await this.client.send(new _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_0__/* .CreateModelCustomizationJobCommand */ .X_e(input))).jobArn;
    }
    async stop(identifier) {
        await this.client.send(new _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_0__/* .StopModelCustomizationJobCommand */ .$SN({ jobIdentifier: identifier }));
    }
}


/***/ })

};
