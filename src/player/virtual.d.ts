declare module 'virtual:wachsam/course' {
  import type { CourseModel } from '../shared/courseModel.ts';
  const course: CourseModel;
  export default course;
}
